import "server-only";
import { loadSentAsks } from "./load-sent-asks";
import { openAsks, type OpenAsk } from "./open-asks";

export type ListLatestOpenAsksOptions = { authorId: string };

/** The asks open as of now: those of the author's latest sent update, each dated from when it was first asked. */
export async function listLatestOpenAsks({ authorId }: ListLatestOpenAsksOptions): Promise<OpenAsk[]> {
  return openAsks(await loadSentAsks({ authorId }));
}
