// The author being measured: signed in through the real email-link flow, set up, with three goals
// and a current update of about 5,000 words saved through the app's own autosave route.
import type { BrowserContext, Page } from "@playwright/test";
import { addGoal } from "../e2e/support/goals";
import { signUpAndSetUp } from "../e2e/support/people";
import type { BlockNode, GoalSectionNode, UpdateDocument } from "../lib/content/document";

export type PerfAuthor = { updateId: string; editorUrl: string; cookie: string; document: UpdateDocument; version: number };

const GOALS = [
  { title: "Move billing to the new queue", why: "Invoices stop arriving late." },
  { title: "Halve the importer's run time", why: "Customers see their data the same morning." },
  { title: "Mentor the two new engineers", why: "They ship on their own by spring." },
];

// Ordinary status prose; about one sentence in three speaks of "we", as real updates do.
const SENTENCES = [
  "I moved the importer's retry logic behind a flag and measured it against last week's traffic.",
  "We reviewed the queue changes with the platform group and agreed on the rollout order.",
  "The slow step turned out to be the currency lookup, which now reads from a cache.",
  "Our dashboards show the error rate falling from two percent to well under one.",
  "I wrote the migration guide for the finance team and walked them through it on Tuesday.",
  "Next I will split the nightly job so that one failing account no longer blocks the rest.",
  "The team agreed that the old endpoint stays up until every client has moved.",
  "I paired with Ana on the schema change and she led the second half of it herself.",
];

/** About `words` words of prose, sentence after sentence. */
export function prose(words: number, seed = 0): string {
  const out: string[] = [];
  let count = 0;
  for (let i = seed; count < words; i += 1) {
    const sentence = SENTENCES[i % SENTENCES.length]!;
    out.push(sentence);
    count += sentence.split(" ").length;
  }
  return out.join(" ");
}

const paragraph = (text: string): BlockNode => ({ type: "paragraph", content: [{ type: "text", text }] });

function bulletList(items: number, wordsEach: number): BlockNode {
  return {
    type: "bulletList",
    content: Array.from({ length: items }, (_, i) => ({ type: "listItem" as const, content: [paragraph(prose(wordsEach, i))] })),
  };
}

// Words per part: a very long "doing" with a list in the first goal, ordinary parts elsewhere.
function partsFor(index: number): [BlockNode[], BlockNode[], BlockNode[]] {
  if (index === 0) return [[paragraph(prose(2000)), bulletList(12, 25)], [paragraph(prose(300, 3))], [paragraph(prose(450, 5))]];
  if (index === 1) return [[paragraph(prose(500, 1)), paragraph(prose(300, 2))], [paragraph(prose(200, 4))], [paragraph(prose(350, 6))]];
  return [[paragraph(prose(400, 7))], [{ type: "paragraph" }], [paragraph(prose(150, 2))]];
}

export function longUpdate(sections: { goalId: string; title: string }[]): UpdateDocument {
  const content = sections.map(({ goalId, title }, index): GoalSectionNode => {
    const [doing, help, progress] = partsFor(index);
    return {
      type: "goalSection",
      attrs: { goalId, title },
      content: [
        { type: "goalPart", attrs: { kind: "doing" }, content: doing },
        { type: "goalPart", attrs: { kind: "help" }, content: help },
        { type: "goalPart", attrs: { kind: "progress" }, content: progress },
      ],
    };
  });
  return { type: "doc", content };
}

/** Saves `document` on top of whatever version the server holds; returns the new version. */
export async function saveDocument(author: Omit<PerfAuthor, "version" | "document">, document: UpdateDocument, version: number) {
  const origin = new URL(author.editorUrl).origin;
  const url = `${origin}/api/updates/${author.updateId}/content`;
  // The app accepts a save only from its own origin, as the editor's requests carry it.
  const headers = { "Content-Type": "application/json", Cookie: author.cookie, Origin: origin };
  const put = (v: number) => fetch(url, { method: "PUT", headers, body: JSON.stringify({ content: document, version: v }) });
  let response = await put(version);
  if (response.status === 409) response = await put(((await response.json()) as { version: number }).version);
  if (!response.ok) throw new Error(`Saving the update failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { version: number }).version;
}

async function sessionCookie(context: BrowserContext): Promise<string> {
  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  if (!session) throw new Error("No session cookie after signing in.");
  return `${session.name}=${session.value}`;
}

/** Signs a new author in, adds the goals and fills their current update with about 5,000 words. */
export async function createAuthor(page: Page): Promise<PerfAuthor> {
  await signUpAndSetUp(page, "Margaret Hamilton");
  await page.goto("/goals");
  for (const goal of GOALS) await addGoal(page, goal);
  await page.goto("/write");
  await page.waitForURL(/\/updates\/[^/]+$/);
  const editorUrl = page.url();
  const updateId = new URL(editorUrl).pathname.split("/").at(-1)!;
  await page.locator("[data-goal-section]").first().waitFor();
  const sections = await page.locator("[data-goal-section]").evaluateAll((nodes) =>
    nodes.map((node) => ({ goalId: node.getAttribute("data-goal-id") ?? "", title: node.querySelector("h2")?.textContent ?? "" })),
  );
  const cookie = await sessionCookie(page.context());
  const document = longUpdate(sections);
  const version = await saveDocument({ updateId, editorUrl, cookie }, document, 1);
  return { updateId, editorUrl, cookie, document, version };
}
