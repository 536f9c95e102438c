import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { UpdateMarkdownLink } from "@/components/export/export-links";
import { PrintableUpdate } from "@/components/export/printable-update";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { UpdateStateBadge } from "@/components/updates/delivery-status";
import { MessageBody, MessageEnvelope } from "@/components/updates/message-envelope";
import { SkippedCycle } from "@/components/updates/skipped-cycle";
import { UpdateStatusNotice } from "@/components/updates/update-status-notice";
import { describeAcknowledgement } from "@/lib/ack/describe-acknowledgement";
import { requireSetUpUser } from "@/lib/auth/current-user";
import { now } from "@/lib/clock/clock";
import { parseUpdateDocument } from "@/lib/content/parse-update-document";
import { renderDocumentHtml } from "@/lib/content/render-html";
import { fromDeliverySnapshot } from "@/lib/delivery/delivery-snapshot";
import { orNotFound } from "@/lib/errors/at-the-edge";
import { formatDateTime, formatDayDate } from "@/lib/schedule/format";
import { getUpdate, type UpdateWithDelivery } from "@/lib/updates/get-update";
import { recordId } from "@/lib/updates/update-id";

export const metadata: Metadata = { title: "Update" };

type Props = { params: Promise<{ id: string }> };

const allUpdates = (
  <LinkButton href="/history" variant="secondary">
    All updates
  </LinkButton>
);

function noteStatus(delivery: UpdateWithDelivery["skipNoteDelivery"], zone: string): string | null {
  if (!delivery) return null;
  if (delivery.state === "SENT" && delivery.sentAt) return `Sent ${formatDateTime(delivery.sentAt, zone)}`;
  if (delivery.state === "FAILED") return `Not delivered: ${delivery.lastError ?? "the mail server refused it"}`;
  return delivery.lastError ? `Waiting to send: ${delivery.lastError}` : "Waiting to send";
}

/** Where the message stands with the mail server, as the outbox recorded it. */
function deliveryState(delivery: NonNullable<UpdateWithDelivery["delivery"]>): string {
  const tries = delivery.attempts > 1 ? ` after ${delivery.attempts} attempts` : "";
  if (delivery.state === "SENT") return `Accepted by the mail server${tries}`;
  if (delivery.state === "FAILED") return `Not delivered${tries}: ${delivery.lastError ?? "the mail server refused it"}`;
  return delivery.lastError ? `Waiting to send; last try: ${delivery.lastError}` : "Waiting to send";
}

function SkippedView({ update, zone }: { update: UpdateWithDelivery; zone: string }) {
  const note = update.skipNoteDelivery;
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Update due ${formatDayDate(update.dueAt, zone)}`}
        description={`Skipped: ${update.skipReason ?? "no reason given"}`}
        actions={
          <>
            <UpdateMarkdownLink updateId={update.id} />
            {allUpdates}
          </>
        }
      />
      <SkippedCycle
        reason={update.skipReason ?? "No reason given"}
        note={update.skipNote}
        noteTo={note ? (fromDeliverySnapshot(note).to[0]?.name ?? null) : null}
        noteStatus={noteStatus(note, zone)}
      />
    </div>
  );
}

export default async function UpdateRecordPage({ params }: Props) {
  const user = await requireSetUpUser();
  const id = recordId.safeParse((await params).id);
  if (!id.success) notFound();
  const update = await orNotFound(getUpdate({ authorId: user.id, updateId: id.data }));
  const zone = user.timeZone;
  if (update.state === "SKIPPED") return <SkippedView update={update} zone={zone} />;
  const { delivery } = update;
  if (update.state === "DRAFT" || !delivery) redirect(`/updates/${update.id}`);
  const waitsForDue = update.state === "APPROVED" && delivery.nextAttemptAt > now();
  // The instant the mail server accepted this message; the update's own record says the same.
  const sentAt = delivery.sentAt ?? update.sentAt;
  const scheduledFor = waitsForDue ? formatDateTime(delivery.nextAttemptAt, zone) : null;
  const acknowledged = await describeAcknowledgement({ authorId: user.id, updateId: update.id });
  return (
    <div className="print-view space-y-6">
      <PageHeader
        title={`Update due ${formatDayDate(update.dueAt, zone)}`}
        description={update.sentAt ? `Sent ${formatDateTime(update.sentAt, zone)}` : scheduledFor ? `Scheduled for ${scheduledFor}` : "Not sent yet"}
        actions={
          <>
            <UpdateMarkdownLink updateId={update.id} />
            {allUpdates}
          </>
        }
      />
      <UpdateStatusNotice
        updateId={update.id}
        state={update.state}
        lastError={delivery.lastError}
        scheduledFor={scheduledFor}
        lateSince={update.late ? formatDateTime(update.dueAt, zone) : null}
      />
      <Card className="space-y-4">
        <div className="flex items-center gap-3">
          <UpdateStateBadge state={update.state} late={update.late} scheduled={waitsForDue && !delivery.lastError} />
          {acknowledged ? <p className="text-sm text-emerald-800 dark:text-emerald-300">{acknowledged}</p> : null}
        </div>
        <MessageEnvelope
          envelope={fromDeliverySnapshot(delivery)}
          extra={[
            ["Sent", sentAt ? `${formatDateTime(sentAt, zone)}${update.late ? ` (late: it was due ${formatDateTime(update.dueAt, zone)})` : ""}` : "—"],
            ["Delivery", deliveryState(delivery)],
            ["Message-ID", delivery.messageId],
          ]}
        />
      </Card>
      <div className="print:hidden">
        <MessageBody html={delivery.html} text={delivery.text} />
      </div>
      <PrintableUpdate html={renderDocumentHtml(parseUpdateDocument(update.content), { ownerName: delivery.fromName })} />
    </div>
  );
}
