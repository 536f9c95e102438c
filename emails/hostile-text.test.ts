import { describe, expect, it } from "vitest";
import type { UpdateDocument } from "@/lib/content/document";
import { XSS_VECTORS } from "@/lib/testing/xss-vectors";
import { composeSkipNote } from "@/lib/updates/compose-skip-note";
import { composeUpdateMessage } from "@/lib/updates/compose-update-message";

const paragraph = (text: string) => ({ type: "paragraph" as const, content: [{ type: "text" as const, text }] });

const part = (kind: "doing" | "help" | "progress", text: string) => ({ type: "goalPart" as const, attrs: { kind }, content: [paragraph(text)] });

/** Every vector as a goal's title and as a paragraph in each of its parts. */
const document: UpdateDocument = {
  type: "doc",
  content: XSS_VECTORS.map((vector, index) => ({
    type: "goalSection" as const,
    attrs: { goalId: `goal${index}`, title: vector },
    content: [part("doing", vector), part("help", vector), part("progress", vector)],
  })),
};

const people = {
  author: { name: XSS_VECTORS[59]!, email: "ada@example.com" },
  recipients: { bossName: "Grace Hopper", bossEmail: "grace@example.com", skipName: "Alan Turing", skipEmail: "alan@example.com" },
  dueAt: new Date("2026-11-27T15:00:00Z"),
  timeZone: "Europe/Berlin",
  mailFrom: { name: "Biweekly", address: "updates@biweekly.example.com" },
};

/** Markup that would run or load something, in HTML a mail client renders. */
function expectInert(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(iframe|object|embed|svg|math|base|meta http-equiv="refresh"|form|link)\b/i);
  expect(html).not.toMatch(/<style/i);
  // An attribute starting with "on" inside a tag, however it is quoted.
  expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/<[a-z][^>]*\s(href|src|action|formaction|background)\s*=\s*["']?\s*(javascript|data|vbscript):/i);
  expect(html).not.toMatch(/<[a-z][^>]*xss-trap/i);
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

describe("hostile text in an email", () => {
  it("stays text in the update: titles, every part and the author's name", async () => {
    const message = await composeUpdateMessage({ ...people, document });
    expectInert(message.html);
    for (const vector of XSS_VECTORS) {
      const shown = escapeHtml(vector.replace(/\r\n/g, " ").replace(/\s+/g, " "));
      expect(message.html.replace(/&quot;|&#x27;|&#39;/g, (q) => (q === "&quot;" ? '"' : "'")).replace(/\s+/g, " ")).toContain(shown.replace(/\s+/g, " ").trim());
      expect(message.text).toContain(vector.replace(/\r\n/g, "\n").split("\n")[0]);
    }
    expect(message.subject).not.toMatch(/[\r\n]/);
  });

  it.each(XSS_VECTORS.map((vector, index) => [index, vector]))("stays text in a skip note (vector %i)", async (_index, note) => {
    const message = await composeSkipNote({ ...people, note });
    expectInert(message.html);
    expect(message.text).toContain(note);
  });
});
