import "server-only";
import { composeOutgoingUpdate, loadUpdateToSend } from "./outgoing-update";

export type PreviewUpdateOptions = { authorId: string; updateId: string };

/** What "Approve" or "Send now" would send, composed by the same code that sends it. */
export async function previewUpdate(options: PreviewUpdateOptions) {
  const update = await loadUpdateToSend(options);
  const { id, state, version, dueAt, author } = update;
  return { update: { id, state, version, dueAt }, recipients: author.recipients, message: await composeOutgoingUpdate(update) };
}
