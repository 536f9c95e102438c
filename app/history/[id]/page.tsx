import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { UpdateStateBadge } from "@/components/updates/delivery-status";
import { MessageBody, MessageEnvelope } from "@/components/updates/message-envelope";
import { requireSetUpUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/errors/at-the-edge";
import { formatDateTime, formatDayDate } from "@/lib/schedule/format";
import { getUpdate } from "@/lib/updates/get-update";
import { recordId } from "@/lib/updates/update-id";
import { fromDeliverySnapshot } from "@/lib/delivery/delivery-snapshot";

export const metadata: Metadata = { title: "Sent update" };

type Props = { params: Promise<{ id: string }> };

export default async function SentUpdatePage({ params }: Props) {
  const user = await requireSetUpUser();
  const id = recordId.safeParse((await params).id);
  if (!id.success) notFound();
  const update = await orNotFound(getUpdate({ authorId: user.id, updateId: id.data }));
  if (update.state === "DRAFT" || !update.delivery) redirect(`/updates/${update.id}`);
  const zone = user.timeZone;
  const { delivery } = update;
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Update due ${formatDayDate(update.dueAt, zone)}`}
        description={update.sentAt ? `Sent ${formatDateTime(update.sentAt, zone)}` : "Not sent yet"}
        actions={<LinkButton href="/history" variant="secondary">All updates</LinkButton>}
      />
      <StatusNotice state={update.state} lastError={delivery.lastError} updateId={update.id} />
      <Card className="space-y-4">
        <div className="flex items-center gap-3">
          <UpdateStateBadge state={update.state} />
        </div>
        <MessageEnvelope
          envelope={fromDeliverySnapshot(delivery)}
          extra={[
            ["Sent", update.sentAt ? formatDateTime(update.sentAt, zone) : "—"],
            ["Message-ID", delivery.messageId],
          ]}
        />
      </Card>
      <MessageBody html={delivery.html} text={delivery.text} />
    </div>
  );
}

function StatusNotice({ state, lastError, updateId }: { state: string; lastError: string | null; updateId: string }) {
  if (state === "APPROVED") {
    return (
      <Notice tone="info" title="Waiting to send">
        {lastError ? `The mail server could not be reached (${lastError}). ` : ""}It will be retried automatically; nothing you wrote is lost.
      </Notice>
    );
  }
  if (state === "FAILED") {
    return (
      <Notice tone="error" title="Not delivered">
        <p>The mail server refused this update: {lastError ?? "no reason given"}.</p>
        <p className="mt-2">
          <a className="font-medium underline" href={`/updates/${updateId}/preview`}>Check it and send it again</a>
        </p>
      </Notice>
    );
  }
  return null;
}
