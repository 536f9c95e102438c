import Link from "next/link";
import { redirect } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { UpdateStateBadge } from "@/components/updates/delivery-status";
import { getCurrentUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/schedule/format";
import { getHomeSummary } from "@/lib/updates/get-home-summary";
import { now } from "@/lib/clock/clock";

export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) return <Welcome />;
  if (!user.setupCompletedAt) redirect("/setup");
  const zone = user.timeZone;
  const at = now();
  const { open, lastSent, activeGoals, next, currentCycleDone, currentCycle } = await getHomeSummary({ authorId: user.id, now: at });
  return (
    <div className="space-y-6">
      <PageHeader title={`Hello${user.name ? `, ${user.name.split(" ")[0]}` : ""}`} description={`Times are in ${zone.replaceAll("_", " ")}.`} />
      <Card className="space-y-4">
        <div className="flex flex-wrap items-center gap-3">
          <h2 className="text-lg font-semibold">{open || !currentCycleDone ? "This cycle\u2019s update" : "Next update"}</h2>
          {open ? <UpdateStateBadge state={open.state} scheduled={open.sendsAt !== null && open.sendsAt > at && !open.lastError} /> : null}
        </div>
        {open?.state === "FAILED" ? <NotDelivered updateId={open.id} lastError={open.lastError} /> : null}
        <CycleStatus
          open={open}
          next={next}
          currentCycleDone={currentCycleDone}
          skipReason={currentCycle?.state === "SKIPPED" ? (currentCycle.skipReason ?? "no reason given") : null}
          lastSentAt={lastSent?.sentAt ?? null}
          zone={zone}
          at={at}
        />
        <LinkButton href="/write" prefetch={false}>
          {open?.state === "DRAFT"
            ? "Continue writing"
            : open?.state === "APPROVED"
              ? "Review it"
              : open
                ? "See its status"
                : currentCycleDone
                  ? "Start the next update"
                  : "Write update"}
        </LinkButton>
      </Card>
      <div className="grid gap-6 sm:grid-cols-2">
        <Card className="space-y-2">
          <h2 className="text-base font-semibold">Your goals</h2>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {activeGoals === 0 ? "You have no active goals yet." : `You own ${activeGoals} active goal${activeGoals === 1 ? "" : "s"}.`}
          </p>
          <Link href="/goals" className="text-sm font-medium text-indigo-700 underline dark:text-indigo-300">Manage goals</Link>
        </Card>
        <Card className="space-y-2">
          <h2 className="text-base font-semibold">Last sent</h2>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {lastSent?.sentAt ? `Sent ${formatDateTime(lastSent.sentAt, zone)}.` : "Nothing sent yet."}
          </p>
          <Link href="/history" className="text-sm font-medium text-indigo-700 underline dark:text-indigo-300">See history</Link>
        </Card>
      </div>
    </div>
  );
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

type CycleStatusProps = {
  open: { state: string; dueAt: Date; updatedAt: Date; sendsAt: Date | null; lastError: string | null } | null;
  next: Date | null;
  currentCycleDone: boolean;
  /** Set when this cycle was skipped rather than sent. */
  skipReason: string | null;
  lastSentAt: Date | null;
  zone: string;
  at: Date;
};

function OpenStatus({ open, zone, at }: { open: NonNullable<CycleStatusProps["open"]>; zone: string; at: Date }) {
  if (open.state === "APPROVED") {
    const waitsForDue = open.sendsAt && open.sendsAt > at && !open.lastError;
    return waitsForDue ? (
      <>
        Approved — goes out <strong>{formatDateTime(open.sendsAt!, zone)}</strong>. Editing it withdraws the approval.
      </>
    ) : (
      <>Approved — on its way{open.lastError ? `; the mail server has not accepted it yet (${open.lastError})` : ""}.</>
    );
  }
  return (
    <>
      Due <strong>{formatDateTime(open.dueAt, zone)}</strong>.{" "}
      {open.state === "DRAFT" ? `Draft last saved ${formatDateTime(open.updatedAt, zone)}.` : null}
    </>
  );
}

function CycleStatus({ open, next, currentCycleDone, skipReason, lastSentAt, zone, at }: CycleStatusProps) {
  const text = "text-sm text-zinc-700 dark:text-zinc-300";
  if (open) {
    return (
      <p className={text}>
        <OpenStatus open={open} zone={zone} at={at} />
      </p>
    );
  }
  if (currentCycleDone && next) {
    return (
      <p className={text}>
        {skipReason
          ? `You skipped this cycle (${skipReason}).`
          : `This cycle\u2019s update is sent${lastSentAt ? ` (${formatDateTime(lastSentAt, zone)})` : ""}.`}{" "}
        The next one is due <strong>{formatDateTime(next, zone)}</strong>.
      </p>
    );
  }
  if (next && next < at) {
    return (
      <p className={text}>
        Was due <strong>{formatDateTime(next, zone)}</strong> and nothing has been sent. Write it now (it will be marked late) or skip
        the cycle with a reason.
      </p>
    );
  }
  return <p className={text}>{next ? <>Due <strong>{formatDateTime(next, zone)}</strong>. </> : null}Not started yet.</p>;
}

function Welcome() {
  return (
    <div className="mx-auto max-w-2xl space-y-6 pt-6 text-center">
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Your biweekly update, in your own words</h1>
      <p className="text-base text-zinc-700 dark:text-zinc-300">
        Every two weeks, write what you are doing, where you need help and what progress you made on each goal you own.
        Biweekly sends it to your boss with your skip-level on cc, on time, and keeps every update for you.
      </p>
      <LinkButton href="/signin">Sign in</LinkButton>
    </div>
  );
}
