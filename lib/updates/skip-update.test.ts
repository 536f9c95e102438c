import { beforeAll, describe, expect, it } from "vitest";
import { setUpOutboxWorld } from "./outbox-test-world";

const world = setUpOutboxWorld();
const DUE = new Date("2026-11-27T15:00:00Z");

let modules: {
  skipUpdate: typeof import("./skip-update").skipUpdate;
  getUpdate: typeof import("./get-update").getUpdate;
  openCurrentUpdate: typeof import("./open-current-update").openCurrentUpdate;
  kick: typeof import("@/lib/delivery/ticker").kickDeliveryTicker;
};

beforeAll(async () => {
  modules = {
    skipUpdate: (await import("./skip-update")).skipUpdate,
    getUpdate: (await import("./get-update")).getUpdate,
    openCurrentUpdate: (await import("./open-current-update")).openCurrentUpdate,
    kick: (await import("@/lib/delivery/ticker")).kickDeliveryTicker,
  };
});

type SkipOverrides = Partial<Parameters<typeof modules.skipUpdate>[0]>;
const skip = (overrides: SkipOverrides = {}) =>
  modules.skipUpdate({ authorId: "ada", updateId: "u1", reason: "Vacation", now: new Date(), ...overrides });
const read = () => modules.getUpdate({ authorId: "ada", updateId: "u1" });

describe("skipUpdate", () => {
  it("records the skipped cycle with its reason and sends nothing without a note", async () => {
    await world.createUpdate(DUE);
    expect(await skip({ reason: "  Vacation in Lisbon  " })).toEqual({ noteMessageId: null });

    expect(await read()).toMatchObject({ state: "SKIPPED", skipReason: "Vacation in Lisbon", skipNote: null, skipNoteDelivery: null });
    expect(await world.db.delivery.count()).toBe(0);
  });

  it("sends the author's one line to the boss, with the skip-level on cc, once", async () => {
    await world.createUpdate(DUE);
    const note = "Off until 7 Dec — back with a full update next cycle.";
    expect(await skip({ note })).toEqual({ noteMessageId: "<skip-u1@biweekly.example.com>" });
    await modules.kick();
    await world.runDueWork(new Date(Date.now() + 60 * 60_000));

    expect(world.smtp.received).toHaveLength(1);
    const mail = world.smtp.received[0]!;
    expect(mail.subject).toBe("No update from Ada Lovelace this cycle (27 Nov 2026)");
    expect(mail.messageId).toBe("<skip-u1@biweekly.example.com>");
    expect(mail.from?.value).toEqual([{ name: "Ada Lovelace", address: "updates@biweekly.example.com" }]);
    expect(mail.replyTo?.value).toEqual([{ name: "Ada Lovelace", address: "ada@example.com" }]);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : null).toEqual([{ name: "Grace Hopper", address: "grace@example.com" }]);
    expect(mail.cc && !Array.isArray(mail.cc) ? mail.cc.value : null).toEqual([{ name: "Alan Turing", address: "alan@example.com" }]);
    expect(mail.text).toContain(`\n${note}\n`);
    expect(mail.html).toContain("Off until 7 Dec — back with a full update next cycle.");

    const skipped = await read();
    expect(skipped).toMatchObject({ state: "SKIPPED", skipNote: note, delivery: null });
    expect(skipped.skipNoteDelivery).toMatchObject({ kind: "SKIP_NOTE", state: "SENT" });
  });

  it("refuses a note of more than one line, and a missing reason, and changes nothing", async () => {
    await world.createUpdate(DUE);
    await expect(skip({ note: "first line\nsecond line" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { note: "The note is one line" },
    });
    await expect(skip({ reason: "   " })).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { reason: "Say why you are skipping this cycle" } });
    expect(await read()).toMatchObject({ state: "DRAFT", skipReason: null });
  });

  it("answers 404 for someone else's update and changes nothing", async () => {
    await world.createUpdate(DUE);
    await expect(skip({ authorId: "mallory", note: "Hijacked" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await read()).toMatchObject({ state: "DRAFT", skipReason: null });
    expect(await world.db.delivery.count()).toBe(0);
  });

  it("cannot skip a cycle whose update was sent", async () => {
    await world.createUpdate(DUE);
    await world.db.update.update({ where: { id: "u1" }, data: { state: "SENT", sentAt: DUE } });
    await expect(skip({ note: "Never mind" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await read()).toMatchObject({ state: "SENT", skipReason: null });
    expect(await world.db.delivery.count()).toBe(0);
  });

  it("moves the author on to the next cycle", async () => {
    await world.createUpdate(DUE);
    await world.db.schedule.create({ data: { userId: "ada", weekday: 5, localTime: "16:00", firstDueDate: "2026-11-13" } });
    await world.db.goal.create({ data: { ownerId: "ada", title: "Analytical engine", position: 0 } });
    const now = new Date("2026-11-21T09:00:00Z");
    expect(await modules.openCurrentUpdate({ authorId: "ada", now })).toEqual({ id: "u1" });

    await skip({ now });
    const next = await modules.openCurrentUpdate({ authorId: "ada", now });
    expect(next.id).not.toBe("u1");
    const opened = await world.db.update.findUniqueOrThrow({ where: { id: next.id } });
    expect(opened).toMatchObject({ state: "DRAFT", dueAt: new Date("2026-12-11T15:00:00Z") });
  });
});
