import { now } from "@/lib/clock/clock";
import { exportFileName } from "@/lib/export/export-file-name";
import { loadHistoryExport } from "@/lib/export/load-history-export";
import { attachment, forSignedInUser, JSON_TYPE } from "../download";

export const dynamic = "force-dynamic";

/** Everything the author has here as JSON, in the shape published at /api/export/schema.json. */
export async function GET() {
  return forSignedInUser(async (user) => {
    const at = now();
    const history = await loadHistoryExport({ userId: user.id, now: at });
    const body = JSON.stringify(history, null, 2);
    return attachment(body, JSON_TYPE, exportFileName("history", at, user.timeZone, "json"));
  });
}
