import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { MessageBody, MessageEnvelope } from "@/components/updates/message-envelope";
import { SendNowForm } from "@/components/updates/send-now-form";
import { requireSetUpUser } from "@/lib/auth/current-user";
import { serverConfig } from "@/lib/config/server-config";
import { parseUpdateDocument } from "@/lib/content/parse-update-document";
import { orNotFound } from "@/lib/errors/at-the-edge";
import { composeUpdateMessage } from "@/lib/updates/compose-update-message";
import { getUpdate } from "@/lib/updates/get-update";
import { recordId } from "@/lib/updates/update-id";
import { getSetup } from "@/lib/users/get-setup";
import { sendNow } from "./actions";

export const metadata: Metadata = { title: "Preview" };

type Props = { params: Promise<{ id: string }> };

export default async function PreviewPage({ params }: Props) {
  const user = await requireSetUpUser();
  const id = recordId.safeParse((await params).id);
  if (!id.success) notFound();
  const update = await orNotFound(getUpdate({ authorId: user.id, updateId: id.data }));
  if (update.state !== "DRAFT" && update.state !== "FAILED") redirect(`/history/${update.id}`);
  const setup = (await getSetup({ userId: user.id }))!;
  if (!setup.recipients) redirect("/setup");
  const message = await composeUpdateMessage({
    author: { name: setup.name ?? user.email, email: user.email },
    recipients: setup.recipients,
    dueAt: update.dueAt,
    timeZone: user.timeZone,
    document: parseUpdateDocument(update.content),
    mailFrom: serverConfig().mailFrom,
  });
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
          recipients={`${setup.recipients.bossName}, with ${setup.recipients.skipName} on cc`}
        />
      </Card>
    </div>
  );
}
