import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Badge, Notice } from "@/components/ui/notice";
import { UpdateStateBadge } from "@/components/updates/delivery-status";
import { formatDateTime } from "@/lib/schedule/format";

export type OpenUpdate = { id: string; state: "DRAFT" | "APPROVED" | "SENT" | "SKIPPED" | "FAILED"; dueAt: Date; updatedAt: Date; sendsAt: Date | null; lastError: string | null };

export type CycleCardProps = {
  open: OpenUpdate | null;
  /** The due time of the next cycle to write. */
  next: Date | null;
  /** This cycle's update was sent or skipped: the next to write is a later one. */
  currentCycleDone: boolean;
  /** Set when this cycle was skipped rather than sent. */
  skipReason: string | null;
  lastSentAt: Date | null;
  zone: string;
  at: Date;
};

const TEXT = "text-sm text-zinc-700 dark:text-zinc-300";

/** A due time as the author reads it, with the zone it is in. */
function When({ at, zone }: { at: Date; zone: string }) {
  return (
    <>
      <strong>
        <time dateTime={at.toISOString()}>{formatDateTime(at, zone)}</time>
      </strong>{" "}
      ({zone.replaceAll("_", " ")})
    </>
  );
}

const waitsForDue = (open: OpenUpdate, at: Date) => open.state === "APPROVED" && open.sendsAt !== null && open.sendsAt > at && !open.lastError;

function StateBadge({ open, next, currentCycleDone, skipReason, at }: CycleCardProps) {
  if (open) return <UpdateStateBadge state={open.state} scheduled={waitsForDue(open, at)} />;
  if (currentCycleDone) return skipReason ? <Badge>Skipped</Badge> : <Badge tone="success">Sent</Badge>;
  if (next && next < at) return <Badge tone="warning">Overdue</Badge>;
  return <Badge>Not started</Badge>;
}

function OpenStatus({ open, zone, at }: { open: OpenUpdate; zone: string; at: Date }) {
  if (open.state === "APPROVED") {
    return waitsForDue(open, at) ? (
      <>
        Approved — goes out <When at={open.sendsAt!} zone={zone} />. Editing it withdraws the approval.
      </>
    ) : (
      <>Approved — on its way{open.lastError ? `; the mail server has not accepted it yet (${open.lastError})` : ""}.</>
    );
  }
  return (
    <>
      Due <When at={open.dueAt} zone={zone} />.{" "}
      {open.state === "DRAFT" ? `Draft last saved ${formatDateTime(open.updatedAt, zone)}.` : null}
    </>
  );
}

function CycleStatus({ open, next, currentCycleDone, skipReason, lastSentAt, zone, at }: CycleCardProps) {
  if (open) return <OpenStatus open={open} zone={zone} at={at} />;
  if (currentCycleDone && next) {
    return (
      <>
        {skipReason
          ? `You skipped this cycle (${skipReason}).`
          : `This cycle\u2019s update is sent${lastSentAt ? ` (${formatDateTime(lastSentAt, zone)})` : ""}.`}{" "}
        The next one is due <When at={next} zone={zone} />.
      </>
    );
  }
  if (next && next < at) {
    return (
      <>
        Was due <When at={next} zone={zone} /> and nothing has been sent. Write it now (it will be marked late) or skip the cycle with a
        reason.
      </>
    );
  }
  return next ? <>Not started yet. Due <When at={next} zone={zone} />.</> : <>Not started yet.</>;
}

function actionLabel({ open, currentCycleDone }: CycleCardProps): string {
  if (open?.state === "DRAFT") return "Continue writing";
  if (open?.state === "APPROVED") return "Review it";
  if (open) return "See its status";
  return currentCycleDone ? "Start the next update" : "Write update";
}

/** The author is told in the app, not only by the mail server's bounce: what went wrong and where to fix it. */
function NotDelivered({ updateId, lastError }: { updateId: string; lastError: string | null }) {
  return (
    <Notice tone="error" title={`Not delivered: ${lastError ?? "the mail server refused it"}`}>
      Nothing you wrote is lost.{" "}
      <Link className="font-medium underline" href={`/updates/${updateId}/preview`}>
        Check it and send it again
      </Link>
    </Notice>
  );
}

/** This cycle at a glance: where the update stands, when it is due in the author's zone, and what to do next. */
export function CycleCard(props: CycleCardProps) {
  const { open } = props;
  return (
    <Card className="space-y-4">
      <section aria-labelledby="this-cycle" className="space-y-4">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="this-cycle" className="text-lg font-semibold">
            {open || !props.currentCycleDone ? "This cycle\u2019s update" : "Next update"}
          </h2>
          <StateBadge {...props} />
        </div>
        {open?.state === "FAILED" ? <NotDelivered updateId={open.id} lastError={open.lastError} /> : null}
        <p className={TEXT}>
          <CycleStatus {...props} />
        </p>
        <LinkButton href="/write" prefetch={false}>
          {actionLabel(props)}
        </LinkButton>
      </section>
    </Card>
  );
}
