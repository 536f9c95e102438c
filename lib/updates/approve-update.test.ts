import { beforeAll, describe, expect, it } from "vitest";
import { documentSaying, setUpOutboxWorld } from "./outbox-test-world";

const HOUR = 60 * 60_000;
const world = setUpOutboxWorld();

let modules: {
  approveUpdate: typeof import("./approve-update").approveUpdate;
  sendUpdateNow: typeof import("./send-update-now").sendUpdateNow;
  getUpdate: typeof import("./get-update").getUpdate;
  saveUpdateContent: typeof import("./save-update-content").saveUpdateContent;
  kick: typeof import("@/lib/delivery/ticker").kickDeliveryTicker;
};

beforeAll(async () => {
  modules = {
    approveUpdate: (await import("./approve-update")).approveUpdate,
    sendUpdateNow: (await import("./send-update-now")).sendUpdateNow,
    getUpdate: (await import("./get-update")).getUpdate,
    saveUpdateContent: (await import("./save-update-content")).saveUpdateContent,
    kick: (await import("@/lib/delivery/ticker")).kickDeliveryTicker,
  };
});

async function inTwoDays(): Promise<Date> {
  const due = new Date(Date.now() + 48 * HOUR);
  await world.createUpdate(due);
  return due;
}

const approve = (now: Date, overrides: Partial<Parameters<typeof modules.approveUpdate>[0]> = {}) =>
  modules.approveUpdate({ authorId: "ada", updateId: "u1", now, version: 3, ...overrides });
const read = () => modules.getUpdate({ authorId: "ada", updateId: "u1" });

describe("approveUpdate", () => {
  it("queues the update for its due time and sends nothing before then", async () => {
    const due = await inTwoDays();
    const now = new Date();
    expect(await approve(now)).toEqual({ messageId: "<update-u1@biweekly.example.com>", sendAt: due });

    const approved = await read();
    expect(approved).toMatchObject({ state: "APPROVED", approvedAt: now, late: false });
    expect(approved.delivery).toMatchObject({ kind: "UPDATE", state: "QUEUED", nextAttemptAt: due });
    await modules.kick();
    await world.runDueWork(new Date(due.getTime() - 1));
    expect(world.smtp.received).toHaveLength(0);

    await world.runDueWork(due);
    await world.runDueWork(new Date(due.getTime() + HOUR));
    expect(world.smtp.received.map((mail) => mail.messageId)).toEqual(["<update-u1@biweekly.example.com>"]);
    expect(await read()).toMatchObject({ state: "SENT", sentAt: due, late: false });
  });

  it("sends at once, marked late, when the due time has already passed", async () => {
    const due = new Date(Date.now() - HOUR);
    await world.createUpdate(due);
    const now = new Date();
    expect((await approve(now)).sendAt).toEqual(now);
    await modules.kick();

    expect(world.smtp.received).toHaveLength(1);
    expect(await read()).toMatchObject({ state: "SENT", approvedAt: now, late: true });
  });

  it("does not approve an update edited after the author previewed it", async () => {
    await inTwoDays();
    await expect(approve(new Date(), { version: 2 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await read()).toMatchObject({ state: "DRAFT", approvedAt: null, delivery: null });
  });

  it("answers 404 for someone else's update and changes nothing", async () => {
    await inTwoDays();
    await expect(approve(new Date(), { authorId: "mallory" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await read()).toMatchObject({ state: "DRAFT", delivery: null });
  });

  it("refuses to approve twice, and lets the author send an approved update sooner", async () => {
    await inTwoDays();
    await approve(new Date());
    await expect(approve(new Date())).rejects.toMatchObject({ code: "CONFLICT", message: "This update is already approved and on its way." });

    await modules.sendUpdateNow({ authorId: "ada", updateId: "u1", now: new Date(), version: 3 });
    await modules.kick();
    expect(world.smtp.received).toHaveLength(1);
    expect(await world.db.delivery.count({ where: { updateId: "u1" } })).toBe(1);
    expect(await read()).toMatchObject({ state: "SENT", late: false });
  });

  it("can be approved again after an edit withdrew the approval, and sends only the new text", async () => {
    const due = await inTwoDays();
    await approve(new Date());
    const edited = documentSaying("It turns.");
    const saved = await modules.saveUpdateContent({ authorId: "ada", updateId: "u1", content: edited, baseVersion: 3 });
    expect(saved).toMatchObject({ version: 4, withdrawn: true });
    expect(await read()).toMatchObject({ state: "DRAFT", approvedAt: null, delivery: null });

    await approve(new Date(), { version: 4 });
    await world.runDueWork(due);
    expect(world.smtp.received).toHaveLength(1);
    expect(world.smtp.received[0]!.text).toContain("It turns.");
  });
});
