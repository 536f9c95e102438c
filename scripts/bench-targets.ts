// What the benchmark asks the server for, each as autocannon (the load generator) sends it: the
// minimal route handler as the baseline, the lightest page, then the pages and routes an author
// uses most.
import autocannon from "autocannon";
import { draftText } from "./soak-authors";
import type { LoadAuthor } from "./load-servers";

export type Target = { name: string; options: (connections: number) => Partial<autocannon.Options> };
export type Figure = { target: string; connections: number; perSecond: number; p50: number; p99: number; failed: number };

/** Words an author looks for in their history: common and rare ones from the corpus. */
const SEARCH_WORDS = ["release", "migration", "latency", "hiring", "roadmap", "incident", "budget", "zeppelin", "quartz", "review billing"];

type SaveContext = { author?: LoadAuthor };

/**
 * The targets for one signed-in author with a long history (`reader`), and `writers` whose drafts
 * take the autosaves: one writer per connection, each save on top of the version the last returned.
 */
export function benchTargets(appUrl: string, reader: LoadAuthor, writers: LoadAuthor[]): Target[] {
  const signedIn = { Cookie: reader.cookie };
  // The version each draft is at, kept across runs, so every save builds on the last one.
  const versions = new Map(writers.map((writer) => [writer.updateId, writer.version]));
  let nextWord = 0;
  let saves = 0;
  let unused = 0;
  /**
   * Each run takes writers no earlier run used (a save still in flight when a run ends would leave
   * its version unknown), and each request a writer no other request holds, given back with the
   * answer, so no two saves of one draft are in flight. autocannon clears a request's context
   * between requests, so the free writers are kept here.
   */
  const autosave = (connections: number): autocannon.Request => {
    const free = writers.slice(unused, unused + connections);
    unused += connections;
    if (free.length < connections) throw new Error(`Not enough authors for ${connections} more connections: seed more.`);
    const inFlight: LoadAuthor[] = [];
    return {
      method: "PUT",
      setupRequest: (request, raw) => {
        // A request that timed out never answers: its writer is taken back, oldest first.
        const author = free.shift() ?? inFlight.shift()!;
        inFlight.push(author);
        (raw as SaveContext).author = author;
        saves += 1;
        const body = JSON.stringify({ content: draftText(author.template, saves % 1000, saves), version: versions.get(author.updateId) });
        return {
          ...request,
          path: `/api/updates/${author.updateId}/content`,
          headers: { "Content-Type": "application/json", Cookie: author.cookie, Origin: appUrl },
          body,
        };
      },
      onResponse: (status, body, raw) => {
        const author = (raw as SaveContext).author!;
        // A refusal carries the version saved, so the next save builds on it.
        const answer = JSON.parse(body) as { version?: number };
        if ((status === 200 || status === 409) && typeof answer.version === "number") versions.set(author.updateId, answer.version);
        inFlight.splice(inFlight.indexOf(author), 1);
        free.push(author);
      },
    };
  };
  const search: autocannon.Request = {
    method: "GET",
    setupRequest: (request) => ({ ...request, path: `/history?q=${encodeURIComponent(SEARCH_WORDS[nextWord++ % SEARCH_WORDS.length]!)}`, headers: signedIn }),
  };
  return [
    { name: "baseline GET /api/health/live", options: () => ({ url: `${appUrl}/api/health/live` }) },
    // The lightest page there is: the same layout, proxy and nonce, and no database read. What a
    // page costs before the app asks for anything.
    { name: "sign-in page, signed out", options: () => ({ url: `${appUrl}/signin` }) },
    { name: "home page GET /", options: () => ({ url: `${appUrl}/`, headers: signedIn }) },
    { name: "editor GET /updates/<id>", options: () => ({ url: `${appUrl}/updates/${reader.updateId}`, headers: signedIn }) },
    { name: "autosave PUT content", options: (connections) => ({ url: appUrl, requests: [autosave(connections)] }) },
    { name: "history search GET /history?q=", options: () => ({ url: appUrl, requests: [search] }) },
  ];
}

/** One run of autocannon; a figure counts every answer that is not 2xx as failed. */
export async function measure(target: Target, connections: number, seconds: number): Promise<Figure> {
  const result = await autocannon({ connections, duration: seconds, ...target.options(connections) } as autocannon.Options);
  return {
    target: target.name,
    connections,
    perSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors,
  };
}
