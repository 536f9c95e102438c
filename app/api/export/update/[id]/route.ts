import { exportFileName } from "@/lib/export/export-file-name";
import { loadExportedUpdate } from "@/lib/export/load-exported-update";
import { updateToMarkdown } from "@/lib/export/update-to-markdown";
import { notFound } from "@/lib/errors/app-error";
import { recordId } from "@/lib/updates/update-id";
import { attachment, forSignedInUser, MARKDOWN } from "../../download";

export const dynamic = "force-dynamic";

type RouteContext = { params: Promise<{ id: string }> };

/** One of the author's updates as Markdown, from the document they wrote. */
export async function GET(_request: Request, { params }: RouteContext) {
  const id = recordId.safeParse((await params).id);
  return forSignedInUser(async (user) => {
    if (!id.success) throw notFound("Update");
    const update = await loadExportedUpdate({ userId: user.id, updateId: id.data });
    const markdown = updateToMarkdown({ update, timeZone: user.timeZone });
    return attachment(markdown, MARKDOWN, exportFileName("update", new Date(update.dueAt), user.timeZone, "md"));
  });
}
