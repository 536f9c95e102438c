import { beforeAll, describe, expect, it } from "vitest";
import type { UpdateDocument } from "@/lib/content/document";
import { documentSaying, setUpOutboxWorld } from "@/lib/updates/outbox-test-world";

const world = setUpOutboxWorld();
let modules: {
  saveUpdateContent: typeof import("@/lib/updates/save-update-content").saveUpdateContent;
  sendUpdateNow: typeof import("@/lib/updates/send-update-now").sendUpdateNow;
  kick: typeof import("@/lib/delivery/ticker").kickDeliveryTicker;
};

beforeAll(async () => {
  modules = {
    saveUpdateContent: (await import("@/lib/updates/save-update-content")).saveUpdateContent,
    sendUpdateNow: (await import("@/lib/updates/send-update-now")).sendUpdateNow,
    kick: (await import("@/lib/delivery/ticker")).kickDeliveryTicker,
  };
});

/** Ada's one-goal update with the status she chose for "Analytical engine". */
function withStatus(status: "AT_RISK" | "OFF_TRACK" | null): UpdateDocument {
  const doc = documentSaying("Gears cut.");
  const [section] = doc.content;
  if (section?.type === "goalSection") section.attrs = { ...section.attrs, status };
  return doc;
}

async function writeAndSend(status: "AT_RISK" | "OFF_TRACK" | null) {
  const now = new Date();
  await world.createUpdate(new Date("2026-11-27T15:00:00Z"));
  await modules.saveUpdateContent({ authorId: "ada", updateId: "u1", content: withStatus(status), baseVersion: 3 });
  await modules.sendUpdateNow({ authorId: "ada", updateId: "u1", now });
  await modules.kick();
}

describe("a goal's status in an update", () => {
  it("is stored with the goal's section, told to the boss, and becomes the goal's status once sent", async () => {
    await world.db.goal.create({ data: { id: "g1", ownerId: "ada", title: "Analytical engine", position: 0 } });
    await writeAndSend("AT_RISK");
    expect(await world.db.updateSection.findFirstOrThrow({ where: { updateId: "u1" } })).toMatchObject({ goalId: "g1", status: "AT_RISK" });
    expect(world.smtp.received[0]?.text).toContain("Owner: Ada Lovelace\nStatus: At risk");
    expect(await world.db.goal.findUniqueOrThrow({ where: { id: "g1" } })).toMatchObject({ status: "AT_RISK" });
  });

  it("leaves the goal's status alone when the author left it unset", async () => {
    await world.db.goal.create({ data: { id: "g1", ownerId: "ada", title: "Analytical engine", position: 0, status: "OFF_TRACK" } });
    await writeAndSend(null);
    expect(await world.db.updateSection.findFirstOrThrow({ where: { updateId: "u1" } })).toMatchObject({ status: null });
    expect(world.smtp.received[0]?.text).not.toContain("Status:");
    expect(await world.db.goal.findUniqueOrThrow({ where: { id: "g1" } })).toMatchObject({ status: "OFF_TRACK" });
  });

  it("keeps a closed goal's outcome", async () => {
    await world.db.goal.create({ data: { id: "g1", ownerId: "ada", title: "Analytical engine", position: 0, status: "DONE", closedAt: new Date() } });
    await writeAndSend("OFF_TRACK");
    expect(await world.db.goal.findUniqueOrThrow({ where: { id: "g1" } })).toMatchObject({ status: "DONE" });
  });
});
