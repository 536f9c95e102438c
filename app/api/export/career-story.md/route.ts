import { now } from "@/lib/clock/clock";
import { careerStory } from "@/lib/export/career-story";
import { exportFileName } from "@/lib/export/export-file-name";
import { loadHistoryExport } from "@/lib/export/load-history-export";
import { attachment, forSignedInUser, MARKDOWN } from "../download";

export const dynamic = "force-dynamic";

/** Each goal's reported progress in date order, "we" sentences marked for the author to rewrite. */
export async function GET() {
  return forSignedInUser(async (user) => {
    const at = now();
    const history = await loadHistoryExport({ userId: user.id, now: at });
    return attachment(careerStory(history), MARKDOWN, exportFileName("career-story", at, user.timeZone, "md"));
  });
}
