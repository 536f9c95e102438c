import { describe, expect, it, vi } from "vitest";
import { at, DAY, DUE, HOUR, MINUTE, NEXT_DUE, noticeWorld } from "./author-notice-test-world";

const world = noticeWorld();
const { plan, keys } = world;

describe("reminders", () => {
  it("reminds the author two days and two hours before the due time, once each, with a link to the editor", async () => {
    await world.author();
    const tick = async (now: Date) => {
      const planned = await plan(now);
      await world.sendQueued(now);
      return planned;
    };
    expect(await tick(at(DUE, -2 * DAY - MINUTE))).toEqual({ reminders: 0, overdue: 0 });
    expect(await tick(at(DUE, -2 * DAY))).toEqual({ reminders: 1, overdue: 0 });
    expect(await tick(at(DUE, -2 * DAY + HOUR))).toEqual({ reminders: 0, overdue: 0 });
    expect(await tick(at(DUE, -2 * HOUR))).toEqual({ reminders: 1, overdue: 0 });
    expect(await tick(at(DUE, -HOUR))).toEqual({ reminders: 0, overdue: 0 });
    expect(await keys()).toEqual(["reminder:ada:2026-11-27T15:00:00.000Z:120", "reminder:ada:2026-11-27T15:00:00.000Z:2880"]);

    const first = await world.db.delivery.findFirstOrThrow({ where: { idempotencyKey: { endsWith: ":2880" } } });
    expect(first).toMatchObject({
      kind: "REMINDER",
      userId: "ada",
      updateId: null,
      nextAttemptAt: at(DUE, -2 * DAY),
      subject: "Your update is due Fri 27 Nov 2026, 16:00",
      fromName: "Biweekly",
      fromAddress: "updates@biweekly.example.com",
      replyTo: "updates@biweekly.example.com",
      ccRecipients: "[]",
      messageId: "<reminder-ada-2026-11-27T15-00-00.000Z-2880@biweekly.example.com>",
    });
    expect(JSON.parse(first.toRecipients)).toEqual([{ name: "Ada Lovelace", address: "ada@example.com" }]);
    expect(first.text).toContain("That is in 2 days (Europe/Berlin time).");
    expect(first.text).toContain("\nhttps://biweekly.example.com/write\n");
    expect(first.html).toContain('href="https://biweekly.example.com/write"');
  });

  it("reminds about a draft and links the reminder to it", async () => {
    await world.author();
    const draft = await world.update("DRAFT");
    expect(await plan(at(DUE, -2 * HOUR))).toEqual({ reminders: 1, overdue: 0 });
    expect(await world.db.delivery.findFirstOrThrow()).toMatchObject({ updateId: draft.id, kind: "REMINDER" });
  });

  it.each(["APPROVED", "SENT", "SKIPPED"] as const)("sends none when the update is already %s", async (state) => {
    await world.author();
    await world.update(state);
    expect(await plan(at(DUE, -2 * DAY))).toEqual({ reminders: 0, overdue: 0 });
    expect(await plan(at(DUE, -2 * HOUR))).toEqual({ reminders: 0, overdue: 0 });
    expect(await keys()).toEqual([]);
  });

  it("sends only the latest reminder after the server was down through both lead times", async () => {
    await world.author();
    expect(await plan(at(DUE, -HOUR))).toEqual({ reminders: 1, overdue: 0 });
    expect(await plan(at(DUE, -30 * MINUTE))).toEqual({ reminders: 0, overdue: 0 });
    expect(await keys()).toEqual(["reminder:ada:2026-11-27T15:00:00.000Z:120"]);
  });

  it("withdraws a reminder still waiting for the mail server once the author approved", async () => {
    await world.author();
    await plan(at(DUE, -2 * DAY));
    await world.update("APPROVED");
    await plan(at(DUE, -2 * DAY + HOUR));
    expect(await keys()).toEqual([]);
  });

  it("replaces an unsent two-day reminder by the two-hour one: the author gets one, not both", async () => {
    await world.author();
    await plan(at(DUE, -2 * DAY));
    expect(await plan(at(DUE, -2 * HOUR))).toEqual({ reminders: 1, overdue: 0 });
    expect(await keys()).toEqual(["reminder:ada:2026-11-27T15:00:00.000Z:120"]);
  });

  it("keeps a reminder that already went out", async () => {
    await world.author();
    await plan(at(DUE, -2 * DAY));
    await world.sendQueued(at(DUE, -2 * DAY));
    await world.update("APPROVED");
    await plan(at(DUE, -HOUR));
    expect(await keys()).toEqual(["reminder:ada:2026-11-27T15:00:00.000Z:2880"]);
  });
});

describe("pauses, schedule changes and concurrency", () => {
  it("sends nothing for cycles due while the schedule is paused, and resumes after", async () => {
    await world.author({ pausedUntil: at(DUE, DAY) });
    expect(await plan(at(DUE, -2 * HOUR))).toEqual({ reminders: 0, overdue: 0 });
    expect(await plan(at(DUE, HOUR))).toEqual({ reminders: 0, overdue: 0 });
    expect(await plan(at(NEXT_DUE, -2 * HOUR))).toEqual({ reminders: 1, overdue: 0 });
    expect(await plan(at(NEXT_DUE, MINUTE))).toEqual({ reminders: 0, overdue: 1 });
  });

  it("does not remind about a period an update written under the old schedule already covers", async () => {
    // Skipped for Friday 27 Nov; then moved to Thursdays, so Thursday 26 Nov falls inside that period.
    await world.author({ firstDueDate: "2026-11-26", weekday: 4 });
    await world.update("SKIPPED");
    const thursday = new Date("2026-11-26T15:00:00Z");
    expect(await plan(at(thursday, -2 * HOUR))).toEqual({ reminders: 0, overdue: 0 });
    expect(await plan(at(thursday, HOUR))).toEqual({ reminders: 0, overdue: 0 });
  });

  it("keeps planning for other authors when one schedule cannot be read", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await world.author({ id: "broken", timeZone: "Nowhere/Atlantis" });
      await world.author({ id: "ada" });
      expect(await plan(at(DUE, -2 * HOUR))).toEqual({ reminders: 1, overdue: 0 });
      expect(await keys()).toEqual(["reminder:ada:2026-11-27T15:00:00.000Z:120"]);
      expect(logged).toHaveBeenCalledWith(expect.stringContaining("author broken"), expect.anything());
    } finally {
      logged.mockRestore();
    }
  });

  it("queues each notice once when two servers plan at the same moment", async () => {
    const authors = ["ada", "grace", "alan", "edsger", "barbara"];
    for (const id of authors) await world.author({ id });
    await world.update("DRAFT", DUE, "grace");
    const other = world.connect();
    const now = at(DUE, 10 * MINUTE);
    const [a, b] = await Promise.all([world.plan(now), world.plan(now, other)]);
    expect(a.overdue + b.overdue).toBe(authors.length);
    expect(await keys()).toEqual(authors.map((id) => `overdue:${id}:2026-11-27T15:00:00.000Z`).sort());
  });
});
