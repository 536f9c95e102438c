import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { DeliveryActions } from "@/components/updates/delivery-actions";
import { MessageBody, MessageEnvelope } from "@/components/updates/message-envelope";
import { requireSetUpUser } from "@/lib/auth/current-user";
import { now } from "@/lib/clock/clock";
import { orNotFound } from "@/lib/errors/at-the-edge";
import { formatDateTime } from "@/lib/schedule/format";
import { previewUpdate } from "@/lib/updates/preview-update";
import { recordId } from "@/lib/updates/update-id";
import { deliverUpdate } from "./actions";

export const metadata: Metadata = { title: "Preview" };

type Props = { params: Promise<{ id: string }> };

/** What the decision offers: approve for a due time still ahead, or send now (late once it has passed). */
function choices(state: string, dueAt: Date, zone: string) {
  const due = formatDateTime(dueAt, zone);
  const ahead = dueAt > now();
  if (state === "APPROVED") return { approveLabel: null, note: `Approved — goes out ${due}. You can send it now instead.` };
  if (ahead) return { approveLabel: `Approve for ${due}`, note: null };
  return { approveLabel: null, note: `It was due ${due}, so it will be marked late in your history.` };
}

export default async function PreviewPage({ params }: Props) {
  const user = await requireSetUpUser();
  const id = recordId.safeParse((await params).id);
  if (!id.success) notFound();
  const { update, recipients, message } = await orNotFound(previewUpdate({ authorId: user.id, updateId: id.data }));
  // An approved update can only be brought forward while its due time is ahead; after that it is on its way.
  const approvedAhead = update.state === "APPROVED" && update.dueAt > now();
  if (update.state !== "DRAFT" && update.state !== "FAILED" && !approvedAhead) redirect(`/history/${update.id}`);
  if (!recipients) redirect("/setup");
  return (
    <div className="space-y-6">
      <PageHeader
        title="Preview"
        description="This is exactly what your boss will receive."
        actions={
          <LinkButton href={`/updates/${update.id}`} variant="secondary">
            Back to editing
          </LinkButton>
        }
      />
      <Card>
        <MessageEnvelope envelope={message} />
      </Card>
      <MessageBody html={message.html} text={message.text} />
      <Card>
        <DeliveryActions
          action={deliverUpdate.bind(null, update.id, update.version)}
          recipients={`${recipients.bossName}, with ${recipients.skipName} on cc`}
          {...choices(update.state, update.dueAt, user.timeZone)}
        />
      </Card>
    </div>
  );
}
