import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { anythingElse, doc, goal, li, link, p, quote, text, ul } from "@/lib/content/test-fixtures";
import type { UpdateDocument } from "@/lib/content/document";
import { careerStory } from "./career-story";
import type { ExportedUpdate, HistoryExport } from "./history-export-schema";
import { historyToMarkdown } from "./history-to-markdown";
import { updateToMarkdown } from "./update-to-markdown";

const tricky = "Cut p95 by 30% *before* #launch: 1. [draft] <b>x</b> & more_text";

function sent(id: string, dueAt: string, document: UpdateDocument): ExportedUpdate {
  return {
    id, state: "SENT", cycleStart: dueAt, dueAt, approvedAt: dueAt, sentAt: dueAt, late: false, skipReason: null, skipNote: null,
    message: { subject: "Update", messageId: `<${id}@x>`, from: { name: "Ada", address: "a@x.com" }, to: [{ name: "Grace Hopper", address: "g@x.com" }], cc: [], deliveryState: "SENT", sentAt: dueAt, lastError: null },
    sections: [], anythingElse: "", document,
  };
}

const first = doc(
  goal("g1", "Billing *v2* migration", { doing: [p(tricky)], help: [ul(li(p("A reviewer")), li(p("Budget")))], progress: [p("We shipped it. I wrote the plan.")] }, "AT_RISK"),
  goal("g2", "Hiring", { progress: [quote(p("Our team grew")), p("See ", link("the doc", "https://example.com/a(b)"), " ", text("now", { type: "bold" }))] }),
  anythingElse(p("Out on Friday")),
);
const second = doc(goal("g1", "Billing *v2* migration", { progress: [p("I moved the last customer.")] }));

const history: HistoryExport = {
  format: "biweekly-history", version: 1, exportedAt: "2026-11-21T10:00:00.000Z", asks: [],
  profile: { name: "Ada Lovelace", email: "ada@example.com", timeZone: "Europe/Berlin", joinedAt: "2026-01-01T00:00:00.000Z", recipients: null, schedule: null },
  goals: [
    { id: "g1", title: "Billing *v2* migration", description: "", targetDate: null, status: "DONE", createdAt: "2026-01-01T00:00:00.000Z", closedAt: "2026-11-20T10:00:00.000Z", closeReason: "Shipped" },
    { id: "g2", title: "Hiring", description: "", targetDate: null, status: "ON_TRACK", createdAt: "2026-01-01T00:00:00.000Z", closedAt: null, closeReason: null },
  ],
  updates: [
    sent("u1", "2026-10-30T15:00:00.000Z", first),
    { ...sent("u2", "2026-11-13T15:00:00.000Z", second), state: "SKIPPED", sentAt: null, skipReason: "Vacation", message: null },
    sent("u3", "2026-11-27T15:00:00.000Z", second),
  ],
};

type Token = { type: string; depth?: number; text?: string; tokens?: Token[]; items?: Token[] };

function plain(tokens: Token[] = []): string {
  return tokens.map((t) => (t.tokens ? plain(t.tokens) : t.type === "html" ? "" : (t.text ?? ""))).join("");
}

function headings(markdown: string): string[] {
  return (marked.lexer(markdown) as Token[]).filter((t) => t.type === "heading").map((t) => `${"#".repeat(t.depth!)} ${plain(t.tokens)}`);
}

describe("updateToMarkdown", () => {
  const markdown = updateToMarkdown({ update: history.updates[0]!, timeZone: "Europe/Berlin" });

  it("renders to the update's headings: goals, their three parts, anything else", () => {
    expect(headings(markdown)).toEqual([
      "# Update due Fri 30 Oct 2026",
      "## Billing *v2* migration", "### What I'm doing", "### Where I need help", "### Progress",
      "## Hiring", "### What I'm doing", "### Where I need help", "### Progress",
      "## Anything else",
    ]);
  });

  it("keeps the author's words exactly as written, with their lists, quotes and links", () => {
    const html = marked.parse(markdown, { async: false });
    expect(html).toContain(`<p>${tricky.replace("&", "&amp;").replace("<b>", "&lt;b&gt;").replace("</b>", "&lt;/b&gt;")}</p>`);
    expect(html).toContain("<ul>\n<li>A reviewer</li>\n<li>Budget</li>\n</ul>");
    expect(html).toContain("<blockquote>\n<p>Our team grew</p>\n</blockquote>");
    expect(html).toContain('<a href="https://example.com/a(b)">the doc</a> <strong>now</strong>');
    expect(markdown).toContain("Status: At risk");
    expect(markdown).toContain("_(nothing this time)_");
  });
});

describe("historyToMarkdown", () => {
  it("holds every cycle newest first, skipped ones with their reason, and the goals with closing reasons", () => {
    const markdown = historyToMarkdown(history);
    expect(headings(markdown).filter((h) => h.startsWith("## "))).toEqual([
      "## Goals", "## Update due Fri 27 Nov 2026", "## Update due Fri 13 Nov 2026", "## Update due Fri 30 Oct 2026",
    ]);
    expect(markdown).toContain("Skipped: Vacation");
    expect(marked.parse(markdown, { async: false })).toContain("<strong>Billing *v2* migration</strong> (done, closed Fri 20 Nov 2026, 11:00: Shipped)");
  });
});

describe("careerStory", () => {
  const story = careerStory(history);

  it("tells each goal's progress in date order, with dates, leaving skipped cycles out", () => {
    expect(headings(story)).toEqual(["# Career story of Ada Lovelace", "## Billing *v2* migration", "### 30 Oct 2026", "### 27 Nov 2026", "## Hiring", "### 30 Oct 2026"]);
  });

  it("marks the sentences that say we, and changes no word", () => {
    expect(story).toContain("<mark>We shipped it.</mark> I wrote the plan.");
    expect(story).toContain("> <mark>Our team grew</mark>");
    expect(story).toContain("I moved the last customer.");
    expect(story).not.toContain("<mark>I moved");
  });
});
