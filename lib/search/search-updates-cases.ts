// The behaviour every search engine must have, run on SQLite (search-updates.test.ts) and on
// PostgreSQL (search-updates.pg.test.ts) against the database lib/db/client connects to.
import { describe, expect, it } from "vitest";
import { buildTemplate } from "@/lib/content/template";
import { anythingElse, doc, goal, li, p, ul } from "@/lib/content/test-fixtures";
import type { UpdateDocument } from "@/lib/content/document";
import { db } from "@/lib/db/client";
import { saveUpdateContent } from "@/lib/updates/save-update-content";
import { searchUpdates } from "./search-updates";

let counter = 0;

/** An author whose update was written through the editor's save and then sent. */
async function sentUpdate(write: (goalId: string) => UpdateDocument, state: "SENT" | "DRAFT" = "SENT") {
  counter += 1;
  const user = await db.user.create({ data: { email: `searcher-${counter}@example.com`, name: `Searcher ${counter}` } });
  const billing = await db.goal.create({ data: { ownerId: user.id, title: "Ship billing", position: 0 } });
  const update = await db.update.create({
    data: { authorId: user.id, cycleStart: new Date("2026-11-13T15:00:00Z"), dueAt: new Date("2026-11-27T15:00:00Z"), content: buildTemplate([billing]) },
  });
  await saveUpdateContent({ authorId: user.id, updateId: update.id, content: write(billing.id), baseVersion: 1 });
  if (state === "SENT") await db.update.update({ where: { id: update.id }, data: { state, sentAt: new Date("2026-11-27T15:00:05Z") } });
  return { user, update };
}

const written = (goalId: string) =>
  doc(
    goal(goalId, "Ship billing", {
      doing: [p("Moving invoices to the ledger service")],
      help: [ul(li(p("A reviewer for the reconciliation job")))],
      progress: [p("Cut over <b>Stripe</b> webhooks")],
    }),
    anythingElse(p("Out on Friday for the marathon")),
  );

const words = (snippet: { text: string }[]) => snippet.map((part) => part.text).join("");
const hits = (snippet: { text: string; hit: boolean }[]) => snippet.filter((part) => part.hit).map((part) => part.text);

export function describeSearchUpdates() {
  describe("searchUpdates", () => {
    it("finds a word from any part, \"Anything else\" included, and marks it in the snippet", async () => {
      const { user, update } = await sentUpdate(written);
      for (const [query, word] of [["ledger", "ledger"], ["RECONCILIATION", "reconciliation"], ["webhooks", "webhooks"], ["marathon", "marathon"]] as const) {
        const results = await searchUpdates({ authorId: user.id, query });
        expect(results.map((result) => result.updateId)).toEqual([update.id]);
        expect(hits(results[0]!.snippet).map((hit) => hit.toLowerCase())).toContain(word);
      }
    });

    it("needs every word of the query", async () => {
      const { user } = await sentUpdate(written);
      expect(await searchUpdates({ authorId: user.id, query: "ledger marathon" })).toHaveLength(1);
      expect(await searchUpdates({ authorId: user.id, query: "ledger kayak" })).toHaveLength(0);
    });

    it("never finds another author's words", async () => {
      const mine = await sentUpdate(written);
      const theirs = await sentUpdate((goalId) => doc(goal(goalId, "Ship billing", { doing: [p("Quarterly zeppelin audit")] })));
      expect(await searchUpdates({ authorId: mine.user.id, query: "zeppelin" })).toEqual([]);
      expect((await searchUpdates({ authorId: theirs.user.id, query: "zeppelin" })).map((r) => r.updateId)).toEqual([theirs.update.id]);
    });

    it("shows what the author typed as text: markup in their words is never markup in the snippet", async () => {
      const { user } = await sentUpdate(written);
      const [result] = await searchUpdates({ authorId: user.id, query: "stripe" });
      expect(words(result!.snippet)).toContain("Cut over <b>Stripe</b> webhooks");
      expect(hits(result!.snippet)).toEqual(["Stripe"]);
    });

    it("finds words written inside markup, links and addresses, as the author typed them", async () => {
      const typed = (goalId: string) =>
        doc(goal(goalId, "Harden the footer", { doing: [p("Removed the <script> tag; notes at https://example.com/quokka and ada@wombat.io")] }));
      const { user, update } = await sentUpdate(typed);
      for (const query of ["script", "quokka", "wombat", "example com"]) {
        expect((await searchUpdates({ authorId: user.id, query })).map((r) => r.updateId), query).toEqual([update.id]);
      }
    });

    it("follows every save: words taken out are no longer found, and drafts are not searched", async () => {
      const draft = await sentUpdate(written, "DRAFT");
      expect(await searchUpdates({ authorId: draft.user.id, query: "ledger" })).toEqual([]);
      await saveUpdateContent({ authorId: draft.user.id, updateId: draft.update.id, content: doc(goal("x", "Ship billing", {})), baseVersion: 2 });
      await db.update.update({ where: { id: draft.update.id }, data: { state: "SENT" } });
      expect(await searchUpdates({ authorId: draft.user.id, query: "ledger" })).toEqual([]);
    });

    it("finds the words of updates sent before search existed", async () => {
      const { user } = await sentUpdate(written);
      const billing = await db.goal.findFirstOrThrow({ where: { ownerId: user.id } });
      const older = await db.update.create({
        data: {
          authorId: user.id,
          state: "SENT",
          cycleStart: new Date("2026-10-30T15:00:00Z"),
          dueAt: new Date("2026-11-13T15:00:00Z"),
          content: doc(goal(billing.id, "Ship billing", { doing: [p("Tendered the harbour contract")] })),
        },
      });
      expect((await searchUpdates({ authorId: user.id, query: "harbour" })).map((r) => r.updateId)).toEqual([older.id]);
      expect(await searchUpdates({ authorId: user.id, query: "harbour" })).toHaveLength(1);
    });

    it("answers nothing for a query without words", async () => {
      const { user } = await sentUpdate(written);
      expect(await searchUpdates({ authorId: user.id, query: " \"*:( " })).toEqual([]);
    });
  });
}
