import { beforeEach, describe, expect, it } from "vitest";

import { buildTemplate } from "@/lib/content/template";
import { doc, goal, li, link, p, ul } from "@/lib/content/test-fixtures";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { NewerCopySaved } from "./newer-copy-saved";
import { saveUpdateContent } from "./save-update-content";

let counter = 0;
async function author() {
  counter += 1;
  const user = await db.user.create({ data: { email: `author-${counter}@example.com`, name: `Author ${counter}` } });
  const billing = await db.goal.create({ data: { ownerId: user.id, title: "Ship billing", position: 0 } });
  const hiring = await db.goal.create({ data: { ownerId: user.id, title: "Hire a designer", position: 1 } });
  const update = await db.update.create({
    data: {
      authorId: user.id,
      cycleStart: new Date("2026-11-13T15:00:00Z"),
      dueAt: new Date(`2026-11-27T15:00:${String(counter).padStart(2, "0")}Z`),
      content: buildTemplate([billing, hiring]),
    },
  });
  return { user, billing, hiring, update };
}

/** Marks the update approved, with its message queued to go out at its due time (or `state`). */
async function approve(update: { id: string; authorId: string; dueAt: Date }, state: "QUEUED" | "SENDING" = "QUEUED") {
  await db.update.update({ where: { id: update.id }, data: { state: "APPROVED", approvedAt: new Date() } });
  const message = (kind: "UPDATE" | "REMINDER") => ({
    userId: update.authorId,
    updateId: update.id,
    kind,
    idempotencyKey: `${kind}:${update.id}`,
    messageId: `<${kind}-${update.id}@example.com>`,
    nextAttemptAt: update.dueAt,
    fromName: "Author",
    fromAddress: "updates@example.com",
    replyTo: "author@example.com",
    toRecipients: "[]",
    ccRecipients: "[]",
    subject: "Biweekly update",
    html: "<p>approved text</p>",
    text: "approved text",
  });
  await db.delivery.create({ data: { ...message("UPDATE"), state } });
  // A reminder about the same update is a different message: editing leaves it alone.
  await db.delivery.create({ data: { ...message("REMINDER"), state: "SENT" } });
}

async function refusedWith(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (reason: unknown) => reason);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("saveUpdateContent", () => {
  let world: Awaited<ReturnType<typeof author>>;
  beforeEach(async () => {
    world = await author();
  });

  it("stores the text, moves the version on and records each goal's parts", async () => {
    const { user, billing, hiring, update } = world;
    const content = doc(
      goal(billing.id, billing.title, { doing: [p("Wiring ", link("Stripe", "https://stripe.com"))], help: [ul(li(p("a review")))] }),
      goal(hiring.id, hiring.title, { progress: [p("Two interviews")] }),
    );
    const saved = await saveUpdateContent({ authorId: user.id, updateId: update.id, content, baseVersion: 1 });

    expect(saved.version).toBe(2);
    const stored = await db.update.findUniqueOrThrow({ where: { id: update.id } });
    expect(stored.content).toEqual(content);
    expect(stored.version).toBe(2);
    expect(stored.updatedAt.getTime()).toBe(saved.savedAt.getTime());
    const sections = await db.updateSection.findMany({ where: { updateId: update.id }, orderBy: { position: "asc" } });
    expect(sections.map(({ goalId, position, goalTitle, doing, needHelp, progress }) => ({ goalId, position, goalTitle, doing, needHelp, progress }))).toEqual([
      { goalId: billing.id, position: 0, goalTitle: "Ship billing", doing: "Wiring Stripe <https://stripe.com>", needHelp: "- a review", progress: "" },
      { goalId: hiring.id, position: 1, goalTitle: "Hire a designer", doing: "", needHelp: "", progress: "Two interviews" },
    ]);
  });

  it("replaces the per-goal text on the next save instead of adding to it", async () => {
    const { user, billing, hiring, update } = world;
    await saveUpdateContent({ authorId: user.id, updateId: update.id, content: buildTemplate([billing, hiring]), baseVersion: 1 });
    const content = doc(goal(billing.id, billing.title, { doing: [p("Only billing now")] }));
    const saved = await saveUpdateContent({ authorId: user.id, updateId: update.id, content, baseVersion: 2 });

    expect(saved.version).toBe(3);
    const sections = await db.updateSection.findMany({ where: { updateId: update.id } });
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatchObject({ goalId: billing.id, doing: "Only billing now" });
  });

  it("refuses a copy based on an older version and says which version is current", async () => {
    const { user, billing, hiring, update } = world;
    const first = doc(goal(billing.id, billing.title, { doing: [p("From the laptop")] }), goal(hiring.id, hiring.title));
    await saveUpdateContent({ authorId: user.id, updateId: update.id, content: first, baseVersion: 1 });
    const stale = doc(goal(billing.id, billing.title, { doing: [p("From the phone")] }), goal(hiring.id, hiring.title));

    const error = await refusedWith(saveUpdateContent({ authorId: user.id, updateId: update.id, content: stale, baseVersion: 1 }));
    expect(error.code).toBe("CONFLICT");
    expect(error.fieldErrors.version).toBe("2");
    const stored = await db.update.findUniqueOrThrow({ where: { id: update.id } });
    expect(stored.content).toEqual(first);
  });

  it("hands the newer copy back with the refusal, so both versions can be compared", async () => {
    const { user, billing, hiring, update } = world;
    const first = doc(goal(billing.id, billing.title, { doing: [p("From the laptop")] }), goal(hiring.id, hiring.title));
    const saved = await saveUpdateContent({ authorId: user.id, updateId: update.id, content: first, baseVersion: 1 });
    const stale = doc(goal(billing.id, billing.title, { doing: [p("From the phone")] }), goal(hiring.id, hiring.title));

    const error = await refusedWith(saveUpdateContent({ authorId: user.id, updateId: update.id, content: stale, baseVersion: 1 }));
    expect(error).toBeInstanceOf(NewerCopySaved);
    expect((error as NewerCopySaved).saved).toEqual({ content: first, version: 2, savedAt: saved.savedAt });
  });

  it("lets the author deliberately save this copy over the newer one, against its version", async () => {
    const { user, billing, hiring, update } = world;
    await saveUpdateContent({ authorId: user.id, updateId: update.id, content: doc(goal(billing.id, billing.title, { doing: [p("From the laptop")] })), baseVersion: 1 });
    const kept = doc(goal(billing.id, billing.title, { doing: [p("From the phone")] }), goal(hiring.id, hiring.title));

    const error = await refusedWith(saveUpdateContent({ authorId: user.id, updateId: update.id, content: kept, baseVersion: 1 }));
    const newer = (error as NewerCopySaved).saved.version;
    const saved = await saveUpdateContent({ authorId: user.id, updateId: update.id, content: kept, baseVersion: newer });
    expect(saved.version).toBe(3);
    expect((await db.update.findUniqueOrThrow({ where: { id: update.id } })).content).toEqual(kept);
  });

  it("answers a repeated save that already arrived with the current version, not a conflict", async () => {
    const { user, billing, hiring, update } = world;
    const content = doc(goal(billing.id, billing.title, { doing: [p("Sent twice")] }), goal(hiring.id, hiring.title));
    const first = await saveUpdateContent({ authorId: user.id, updateId: update.id, content, baseVersion: 1 });
    const repeat = await saveUpdateContent({ authorId: user.id, updateId: update.id, content, baseVersion: 1 });

    expect(repeat).toEqual(first);
    const stored = await db.update.findUniqueOrThrow({ where: { id: update.id } });
    expect(stored.version).toBe(2);
  });

  it("lets only one of two saves from the same version win", async () => {
    const { user, billing, hiring, update } = world;
    const save = (words: string) =>
      saveUpdateContent({
        authorId: user.id,
        updateId: update.id,
        content: doc(goal(billing.id, billing.title, { doing: [p(words)] }), goal(hiring.id, hiring.title)),
        baseVersion: 1,
      });
    const results = await Promise.allSettled([save("tab one"), save("tab two")]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const stored = await db.update.findUniqueOrThrow({ where: { id: update.id } });
    expect(stored.version).toBe(2);
  });

  it("answers not found for someone else's update, and changes nothing", async () => {
    const { update } = world;
    const other = await author();
    const content = buildTemplate([{ id: other.billing.id, title: "Hijacked" }]);

    const error = await refusedWith(saveUpdateContent({ authorId: other.user.id, updateId: update.id, content, baseVersion: 1 }));
    expect(error.code).toBe("NOT_FOUND");
    const stored = await db.update.findUniqueOrThrow({ where: { id: update.id } });
    expect(stored.version).toBe(1);
    expect(await db.updateSection.count({ where: { updateId: update.id } })).toBe(0);
    const missing = await refusedWith(saveUpdateContent({ authorId: other.user.id, updateId: "no-such-update", content, baseVersion: 1 }));
    expect(missing.code).toBe("NOT_FOUND");
  });

  it("refuses to change an update that was already sent", async () => {
    const { user, billing, update } = world;
    await db.update.update({ where: { id: update.id }, data: { state: "SENT", sentAt: new Date() } });
    const content = buildTemplate([billing]);

    const error = await refusedWith(saveUpdateContent({ authorId: user.id, updateId: update.id, content, baseVersion: 1 }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("This update has already been sent and can no longer be edited");
    expect(error).not.toBeInstanceOf(NewerCopySaved);
  });

  it("keeps another person's goal out of the author's per-goal records", async () => {
    const { user, billing, update } = world;
    const other = await author();
    const content = doc(goal(billing.id, billing.title), goal(other.billing.id, "Someone else's goal", { doing: [p("x")] }));

    await saveUpdateContent({ authorId: user.id, updateId: update.id, content, baseVersion: 1 });
    const sections = await db.updateSection.findMany({ where: { updateId: update.id } });
    expect(sections.map((section) => section.goalId)).toEqual([billing.id]);
  });

  it("tells a plain draft save apart from one that withdrew an approval", async () => {
    const { user, billing, update } = world;
    const saved = await saveUpdateContent({ authorId: user.id, updateId: update.id, content: buildTemplate([billing]), baseVersion: 1 });
    expect(saved.withdrawn).toBe(false);
  });

  it("withdraws the approval when an approved update that has not gone out is edited", async () => {
    const { user, billing, hiring, update } = world;
    await approve(update);
    const content = doc(goal(billing.id, billing.title, { doing: [p("One more thing")] }), goal(hiring.id, hiring.title));

    const saved = await saveUpdateContent({ authorId: user.id, updateId: update.id, content, baseVersion: 1 });
    expect(saved).toMatchObject({ version: 2, withdrawn: true });
    const stored = await db.update.findUniqueOrThrow({ where: { id: update.id } });
    expect(stored).toMatchObject({ state: "DRAFT", approvedAt: null, version: 2, content });
    const left = await db.delivery.findMany({ where: { updateId: update.id } });
    expect(left.map((row) => row.kind)).toEqual(["REMINDER"]);
    expect(await db.updateSection.findFirst({ where: { updateId: update.id, goalId: billing.id } })).toMatchObject({ doing: "One more thing" });
  });

  it("refuses an edit while the approved update is being sent, and keeps the approval and its message", async () => {
    const { user, billing, update } = world;
    await approve(update, "SENDING");
    const content = doc(goal(billing.id, billing.title, { doing: [p("Too late")] }));

    const error = await refusedWith(saveUpdateContent({ authorId: user.id, updateId: update.id, content, baseVersion: 1 }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("This update is being sent right now and can no longer be edited");
    expect(error.fieldErrors.state).toBe("SENDING");
    const stored = await db.update.findUniqueOrThrow({ where: { id: update.id } });
    expect(stored).toMatchObject({ state: "APPROVED", version: 1 });
    expect(stored.approvedAt).not.toBeNull();
    expect(await db.delivery.findFirst({ where: { updateId: update.id, kind: "UPDATE" } })).toMatchObject({ state: "SENDING" });
  });

  it("does not let someone else withdraw the author's approval", async () => {
    const { update } = world;
    await approve(update);
    const other = await author();

    const error = await refusedWith(saveUpdateContent({ authorId: other.user.id, updateId: update.id, content: buildTemplate([other.billing]), baseVersion: 1 }));
    expect(error.code).toBe("NOT_FOUND");
    expect(await db.update.findUniqueOrThrow({ where: { id: update.id } })).toMatchObject({ state: "APPROVED" });
    expect(await db.delivery.count({ where: { updateId: update.id, kind: "UPDATE" } })).toBe(1);
  });
});
