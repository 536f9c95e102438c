import { now } from "@/lib/clock/clock";
import { exportFileName } from "@/lib/export/export-file-name";
import { historyToMarkdown } from "@/lib/export/history-to-markdown";
import { loadHistoryExport } from "@/lib/export/load-history-export";
import { attachment, forSignedInUser, MARKDOWN } from "../download";

export const dynamic = "force-dynamic";

/** The author's whole history as one Markdown file. */
export async function GET() {
  return forSignedInUser(async (user) => {
    const at = now();
    const history = await loadHistoryExport({ userId: user.id, now: at });
    return attachment(historyToMarkdown(history), MARKDOWN, exportFileName("history", at, user.timeZone, "md"));
  });
}
