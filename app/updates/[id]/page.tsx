import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { UpdateEditor } from "@/components/editor/update-editor";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { requireSetUpUser } from "@/lib/auth/current-user";
import { parseUpdateDocument } from "@/lib/content/parse-update-document";
import { orNotFound } from "@/lib/errors/at-the-edge";
import { formatDate, formatDateTime, formatDayDate } from "@/lib/schedule/format";
import { getUpdate } from "@/lib/updates/get-update";
import { recordId } from "@/lib/updates/update-id";
import { now } from "@/lib/clock/clock";

export const metadata: Metadata = { title: "Your update" };

type Props = { params: Promise<{ id: string }> };

export default async function UpdatePage({ params }: Props) {
  const user = await requireSetUpUser();
  const id = recordId.safeParse((await params).id);
  if (!id.success) notFound();
  const update = await orNotFound(getUpdate({ authorId: user.id, updateId: id.data }));
  if (update.state === "SENT") redirect(`/history/${update.id}`);
  const zone = user.timeZone;
  const overdue = update.state === "DRAFT" && update.dueAt < now();
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Update due ${formatDayDate(update.dueAt, zone)}`}
        description={`Covers ${formatDate(update.cycleStart, zone)} to ${formatDateTime(update.dueAt, zone)} (${zone.replaceAll("_", " ")}). Write in your own words.`}
      />
      {overdue ? <Notice tone="warning">This update was due {formatDateTime(update.dueAt, zone)}. It goes out only when you send it.</Notice> : null}
      {update.state === "DRAFT" ? (
        <UpdateEditor
          updateId={update.id}
          initialContent={parseUpdateDocument(update.content)}
          initialVersion={update.version}
          previewHref={`/updates/${update.id}/preview`}
        />
      ) : (
        <Card className="space-y-3">
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {update.state === "FAILED"
              ? "The mail server refused this update. Nothing you wrote is lost: open it to see why and send it again."
              : "You approved this update; it is waiting to go out and will be retried automatically until it does."}
          </p>
          <LinkButton href={`/history/${update.id}`} variant="secondary">
            See its status
          </LinkButton>
        </Card>
      )}
    </div>
  );
}
