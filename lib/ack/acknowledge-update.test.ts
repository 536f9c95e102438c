import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ledgerAuthor } from "@/lib/asks/ledger-test-world";
import { signAckToken } from "./ack-token";

const secret = "s".repeat(40);
let modules: {
  acknowledgeUpdate: typeof import("./acknowledge-update").acknowledgeUpdate;
  findAcknowledgement: typeof import("./find-acknowledgement").findAcknowledgement;
  describeAcknowledgement: typeof import("./describe-acknowledgement").describeAcknowledgement;
};

beforeAll(async () => {
  vi.stubEnv("NEXTAUTH_SECRET", secret);
  vi.stubEnv("CRON_SECRET", "c".repeat(40));
  modules = {
    acknowledgeUpdate: (await import("./acknowledge-update")).acknowledgeUpdate,
    findAcknowledgement: (await import("./find-acknowledgement")).findAcknowledgement,
    describeAcknowledgement: (await import("./describe-acknowledgement")).describeAcknowledgement,
  };
});

describe("acknowledging an update", () => {
  it("does not let the author acknowledge their own update, and records nothing when they try", async () => {
    const { user, send } = await ledgerAuthor();
    const update = await send("2026-11-13");
    const token = signAckToken(update.id, secret);
    await expect(modules.acknowledgeUpdate({ token, now: new Date("2026-11-14T09:30:00Z"), readerId: user.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await modules.findAcknowledgement({ token })).toMatchObject({ acknowledgedLabel: null });
    const byReader = await modules.acknowledgeUpdate({ token, now: new Date("2026-11-14T10:00:00Z"), readerId: null });
    expect(byReader.alreadyAcknowledged).toBe(false);
  });

  it("records the first click only and tells the author who acknowledged it", async () => {
    const { user, send } = await ledgerAuthor();
    const update = await send("2026-11-13");
    const token = signAckToken(update.id, secret);
    expect(await modules.findAcknowledgement({ token })).toMatchObject({ acknowledgedLabel: null, dueLabel: "13 Nov 2026" });
    const first = await modules.acknowledgeUpdate({ token, now: new Date("2026-11-14T09:30:00Z") });
    const second = await modules.acknowledgeUpdate({ token, now: new Date("2026-11-15T10:00:00Z") });
    expect(first).toMatchObject({ alreadyAcknowledged: false, acknowledgedLabel: "Sat 14 Nov 2026, 09:30" });
    expect(second).toMatchObject({ alreadyAcknowledged: true, acknowledgedLabel: "Sat 14 Nov 2026, 09:30" });
    expect(await modules.describeAcknowledgement({ authorId: user.id, updateId: update.id })).toBe(
      "Acknowledged by Grace Hopper on Sat 14 Nov 2026, 09:30",
    );
  });

  it("refuses a forged link, a link to an update not sent, and shows nothing to another author", async () => {
    const { user, send, write } = await ledgerAuthor();
    const other = await ledgerAuthor();
    const sent = await send("2026-11-13");
    const draft = await write("2026-11-27", "DRAFT");
    for (const token of [signAckToken(sent.id, "another secret of forty characters......"), signAckToken(draft.id, secret), "nonsense"]) {
      await expect(modules.acknowledgeUpdate({ token, now: new Date() })).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await modules.findAcknowledgement({ token })).toBeNull();
    }
    expect(await db.update.count({ where: { authorId: user.id, acknowledgedAt: { not: null } } })).toBe(0);
    await modules.acknowledgeUpdate({ token: signAckToken(sent.id, secret), now: new Date() });
    expect(await modules.describeAcknowledgement({ authorId: other.user.id, updateId: sent.id })).toBeNull();
  });
});
