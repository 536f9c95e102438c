import { describe, expect, it } from "vitest";
import { z } from "zod";
import { doc, goal, li, p, ul } from "@/lib/content/test-fixtures";
import type { UpdateDocument } from "@/lib/content/document";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { historyExportJsonSchema } from "./history-export-schema";
import { historyToMarkdown } from "./history-to-markdown";
import { loadExportedUpdate } from "./load-exported-update";
import { loadHistoryExport } from "./load-history-export";

let people = 0;

async function author(name: string) {
  people += 1;
  const user = await db.user.create({ data: { email: `${name.toLowerCase()}-${people}@example.com`, name, timeZone: "Europe/Berlin" } });
  await db.recipients.create({ data: { userId: user.id, bossName: "Grace Hopper", bossEmail: "grace@example.com", skipName: "Alan Turing", skipEmail: "alan@example.com" } });
  const open = await db.goal.create({ data: { ownerId: user.id, title: `${name}'s engine`, position: 0 } });
  const closed = await db.goal.create({ data: { ownerId: user.id, title: "Old plan", position: 1, status: "DROPPED", closedAt: new Date("2026-11-01T09:00:00Z"), closeReason: "Superseded" } });
  return { user, open, closed };
}

function write(authorId: string, dueAt: string, content: UpdateDocument, extra: Record<string, unknown> = {}) {
  return db.update.create({ data: { authorId, dueAt: new Date(dueAt), cycleStart: new Date(new Date(dueAt).getTime() - 14 * 86_400_000), content, ...extra } });
}

function deliver(userId: string, updateId: string) {
  return db.delivery.create({
    data: {
      userId, updateId, kind: "UPDATE", idempotencyKey: `update-${updateId}`, state: "SENT", nextAttemptAt: new Date(), messageId: `<${updateId}@example.com>`,
      fromName: "Ada", fromAddress: "updates@example.com", replyTo: "ada@example.com",
      toRecipients: JSON.stringify([{ name: "Grace Hopper", address: "grace@example.com" }]),
      ccRecipients: JSON.stringify([{ name: "Alan Turing", address: "alan@example.com" }]),
      subject: "Update from Ada", html: "<p>x</p>", text: "x", sentAt: new Date("2026-10-30T15:00:00Z"),
    },
  });
}

describe("loadHistoryExport", () => {
  it("holds the author's profile, goals with closing reasons and every update with its asks, and validates against the published schema", async () => {
    const { user, open } = await author("Ada");
    const mallory = await author("Mallory");
    const words = doc(goal(open.id, "Ada's engine", { doing: [p("Building the mill")], help: [ul(li(p("A reviewer")), li(p("Budget for cards")))], progress: [p("We printed the tables")] }, "ON_TRACK"));
    const sent = await write(user.id, "2026-10-30T15:00:00Z", words, { state: "SENT", sentAt: new Date("2026-10-30T15:00:00Z"), approvedAt: new Date("2026-10-30T14:00:00Z") });
    await deliver(user.id, sent.id);
    const asked = { authorId: user.id, goalId: open.id, goalTitle: "Ada's engine", firstUpdateId: sent.id, lastUpdateId: sent.id };
    const at = new Date("2026-10-30T15:00:00Z");
    await db.ask.create({ data: { ...asked, text: "A reviewer", position: 0, firstAskedAt: at, lastAskedAt: at } });
    await db.ask.create({
      data: { ...asked, text: "Budget for cards", position: 1, firstAskedAt: at, lastAskedAt: at, resolvedAt: new Date("2026-11-02T09:00:00Z"), resolutionNote: "Approved by Grace" },
    });
    await write(user.id, "2026-11-13T15:00:00Z", words, { state: "SKIPPED", skipReason: "Vacation" });
    await write(user.id, "2026-11-27T15:00:00Z", words);
    await write(mallory.user.id, "2026-10-30T15:00:00Z", doc(goal(mallory.open.id, "Secret", { doing: [p("Mallory's words")] })));

    const exported = await loadHistoryExport({ userId: user.id, now: new Date("2026-11-21T10:00:00Z") });
    const json = JSON.parse(JSON.stringify(exported)) as unknown;
    expect(() => z.fromJSONSchema(historyExportJsonSchema()).parse(json)).not.toThrow();

    expect(exported.profile).toMatchObject({ name: "Ada", timeZone: "Europe/Berlin", recipients: { boss: { name: "Grace Hopper" }, skipLevel: { name: "Alan Turing" } } });
    expect(exported.goals.map((g) => [g.title, g.status, g.closeReason])).toEqual([["Ada's engine", "ON_TRACK", null], ["Old plan", "DROPPED", "Superseded"]]);
    expect(exported.updates.map((u) => [u.state, u.skipReason])).toEqual([["SENT", null], ["SKIPPED", "Vacation"], ["DRAFT", null]]);
    expect(exported.updates[0]).toMatchObject({
      message: { messageId: `<${sent.id}@example.com>`, to: [{ name: "Grace Hopper" }], cc: [{ name: "Alan Turing" }], deliveryState: "SENT" },
      sections: [{ goalTitle: "Ada's engine", status: "ON_TRACK", doing: "Building the mill", progress: "We printed the tables", asks: ["A reviewer", "Budget for cards"] }],
    });
    expect(exported.asks.map((ask) => [ask.text, ask.resolvedAt, ask.resolutionNote])).toEqual([
      ["A reviewer", null, ""],
      ["Budget for cards", "2026-11-02T09:00:00.000Z", "Approved by Grace"],
    ]);
    expect(JSON.stringify(exported)).not.toContain("Mallory");
  });

  it("gives one update to its author only", async () => {
    const ada = await author("Ada");
    const mallory = await author("Mallory");
    const update = await write(ada.user.id, "2026-10-30T15:00:00Z", doc(goal(ada.open.id, "Ada's engine", { doing: [p("Milling")] })));
    expect((await loadExportedUpdate({ userId: ada.user.id, updateId: update.id })).sections[0]?.doing).toBe("Milling");
    const refusal = await loadExportedUpdate({ userId: mallory.user.id, updateId: update.id }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe("NOT_FOUND");
  });

  it("still exports an update stored before today's checks, kept exactly as stored", async () => {
    const { user } = await author("Ada");
    const old = { type: "doc", content: [] } as unknown as UpdateDocument;
    await write(user.id, "2026-10-30T15:00:00Z", old, { state: "SENT", sentAt: new Date("2026-10-30T15:00:00Z") });
    const exported = await loadHistoryExport({ userId: user.id, now: new Date("2026-11-21T10:00:00Z") });
    expect(exported.updates[0]).toMatchObject({ state: "SENT", document: old, sections: [] });
    expect(historyToMarkdown(exported)).toContain("the JSON export holds it exactly as stored");
  });

  it("publishes a schema that refuses an export missing its updates", () => {
    const schema = z.fromJSONSchema(historyExportJsonSchema());
    expect(schema.safeParse({ format: "biweekly-history", version: 1, exportedAt: "2026-11-21T10:00:00Z", profile: {}, goals: [] }).success).toBe(false);
  });
});
