import "server-only";
import { queueApprovedUpdate, type QueuedUpdate } from "./queue-approved-update";

export type ApproveUpdateOptions = {
  authorId: string;
  updateId: string;
  now: Date;
  /** The version the author previewed: an update saved since then is not approved unseen. */
  version: number;
};

/**
 * "Approve for the due time": the update goes out at its cycle's due instant, or at once if that
 * has passed (it is then late: approved after it was due). Until it leaves, editing it withdraws
 * the approval, so what is sent is always what was approved.
 */
export async function approveUpdate(options: ApproveUpdateOptions): Promise<QueuedUpdate> {
  return queueApprovedUpdate({ ...options, when: "due", from: ["DRAFT", "FAILED"] });
}
