import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { MessageBody, MessageEnvelope } from "@/components/updates/message-envelope";
import { SendNowForm } from "@/components/updates/send-now-form";
import { requireSetUpUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/errors/at-the-edge";
import { previewUpdate } from "@/lib/updates/preview-update";
import { recordId } from "@/lib/updates/update-id";
import { sendNow } from "./actions";

export const metadata: Metadata = { title: "Preview" };

type Props = { params: Promise<{ id: string }> };

export default async function PreviewPage({ params }: Props) {
  const user = await requireSetUpUser();
  const id = recordId.safeParse((await params).id);
  if (!id.success) notFound();
  const { update, recipients, message } = await orNotFound(previewUpdate({ authorId: user.id, updateId: id.data }));
  if (update.state !== "DRAFT" && update.state !== "FAILED") redirect(`/history/${update.id}`);
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
        <SendNowForm
          action={sendNow.bind(null, update.id, update.version)}
          recipients={`${recipients.bossName}, with ${recipients.skipName} on cc`}
        />
      </Card>
    </div>
  );
}
