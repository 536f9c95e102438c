import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { ApprovableEditor } from "@/components/updates/approvable-editor";
import { SkipCycleForm } from "@/components/updates/skip-cycle-form";
import { requireSetUpUser } from "@/lib/auth/current-user";
import { now } from "@/lib/clock/clock";
import { parseUpdateDocument } from "@/lib/content/parse-update-document";
import { orNotFound } from "@/lib/errors/at-the-edge";
import { formatDate, formatDateTime, formatDayDate } from "@/lib/schedule/format";
import { getUpdate, type UpdateWithDelivery } from "@/lib/updates/get-update";
import { recordId } from "@/lib/updates/update-id";
import { skipCycle } from "./actions";

export const metadata: Metadata = { title: "Your update" };

type Props = { params: Promise<{ id: string }> };

const zoneLabel = (zone: string) => zone.replaceAll("_", " ");

/** The banner over an approved update that has not gone out: when it leaves, and that editing withdraws it. */
function approvalBanner({ delivery }: UpdateWithDelivery, zone: string) {
  if (!delivery) return null;
  const withdraws = "Editing withdraws the approval.";
  if (!delivery.lastError && delivery.nextAttemptAt > now()) {
    return {
      title: `Approved — goes out ${formatDateTime(delivery.nextAttemptAt, zone)} (${zoneLabel(zone)}). ${withdraws}`,
      detail: "It is queued and leaves on its own at that time, exactly as you approved it.",
    };
  }
  return {
    title: `Approved — on its way. ${withdraws}`,
    detail: delivery.lastError
      ? `The mail server has not accepted it yet (${delivery.lastError}); it is retried automatically.`
      : "It is being handed to the mail server now.",
  };
}

function StatusCard({ update }: { update: UpdateWithDelivery }) {
  return (
    <Card className="space-y-3">
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        {update.state === "FAILED"
          ? "The mail server refused this update. Nothing you wrote is lost: open it to see why and send it again."
          : "You approved this update and it is being sent right now, so it can no longer be changed."}
      </p>
      <LinkButton href={`/history/${update.id}`} variant="secondary">
        See its status
      </LinkButton>
    </Card>
  );
}

export default async function UpdatePage({ params }: Props) {
  const user = await requireSetUpUser();
  const id = recordId.safeParse((await params).id);
  if (!id.success) notFound();
  const update = await orNotFound(getUpdate({ authorId: user.id, updateId: id.data }));
  if (update.state === "SENT" || update.state === "SKIPPED") redirect(`/history/${update.id}`);
  const zone = user.timeZone;
  const overdue = update.state === "DRAFT" && update.dueAt < now();
  // An approved update stays editable until the outbox picks up its message.
  const editable = update.state === "DRAFT" || (update.state === "APPROVED" && update.delivery?.state === "QUEUED");
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Update due ${formatDayDate(update.dueAt, zone)}`}
        description={`Covers ${formatDate(update.cycleStart, zone)} to ${formatDateTime(update.dueAt, zone)} (${zoneLabel(zone)}). Write in your own words.`}
      />
      {overdue ? <Notice tone="warning">This update was due {formatDateTime(update.dueAt, zone)}. It goes out only when you send it.</Notice> : null}
      {editable ? (
        <ApprovableEditor
          updateId={update.id}
          initialContent={parseUpdateDocument(update.content)}
          initialVersion={update.version}
          previewHref={`/updates/${update.id}/preview`}
          approval={update.state === "APPROVED" ? approvalBanner(update, zone) : null}
        />
      ) : (
        <StatusCard update={update} />
      )}
      {update.state === "DRAFT" || update.state === "FAILED" ? (
        <SkipCycleForm action={skipCycle.bind(null, update.id)} bossName={update.recipients?.bossName ?? null} />
      ) : null}
    </div>
  );
}
