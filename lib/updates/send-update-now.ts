import "server-only";
import { queueApprovedUpdate } from "./queue-approved-update";

export type SendUpdateNowOptions = {
  authorId: string;
  updateId: string;
  now: Date;
  /** The version the author previewed. When given, an update saved since then is not sent. */
  version?: number;
};

export type SendUpdateNowResult = { messageId: string };

/**
 * "Send now": approves the author's draft (or a refused update, to try again, or one approved for
 * a later due time, to send it sooner) and queues exactly what the preview showed, to leave at once.
 */
export async function sendUpdateNow(options: SendUpdateNowOptions): Promise<SendUpdateNowResult> {
  const { messageId } = await queueApprovedUpdate({ ...options, when: "now", from: ["DRAFT", "FAILED", "APPROVED"] });
  return { messageId };
}
