import { describe, expect, it } from "vitest";
import type { UpdateDocument } from "@/lib/content/document";
import { composeUpdateMessage } from "./compose-update-message";

const document: UpdateDocument = {
  type: "doc",
  content: [
    {
      type: "goalSection",
      attrs: { goalId: "g1", title: "Analytical engine" },
      content: [
        { type: "goalPart", attrs: { kind: "doing" }, content: [{ type: "paragraph", content: [{ type: "text", text: "Building the mill." }] }] },
        { type: "goalPart", attrs: { kind: "help" }, content: [{ type: "paragraph", content: [{ type: "text", text: "Need brass gears." }] }] },
        { type: "goalPart", attrs: { kind: "progress" }, content: [{ type: "paragraph" }] },
      ],
    },
  ],
};

const options = {
  author: { name: "Ada Lovelace", email: "ada@example.com" },
  recipients: { bossName: "Grace Hopper", bossEmail: "grace@example.com", skipName: "Alan Turing", skipEmail: "alan@example.com" },
  // 23:30 in New York on the 26th is already the 27th in Berlin.
  dueAt: new Date("2026-11-27T04:30:00Z"),
  timeZone: "America/New_York",
  document,
  mailFrom: { name: "Biweekly", address: "updates@biweekly.example.com" },
};

describe("composeUpdateMessage", () => {
  it("sends from the app's address under the author's name, to the boss, with the skip-level on cc", async () => {
    const message = await composeUpdateMessage(options);
    expect(message.from).toEqual({ name: "Ada Lovelace", address: "updates@biweekly.example.com" });
    expect(message.replyTo).toEqual({ name: "Ada Lovelace", address: "ada@example.com" });
    expect(message.to).toEqual([{ name: "Grace Hopper", address: "grace@example.com" }]);
    expect(message.cc).toEqual([{ name: "Alan Turing", address: "alan@example.com" }]);
  });

  it("dates the subject in the author's time zone", async () => {
    expect((await composeUpdateMessage(options)).subject).toBe("Biweekly update from Ada Lovelace: 26 Nov 2026");
    const berlin = await composeUpdateMessage({ ...options, timeZone: "Europe/Berlin" });
    expect(berlin.subject).toBe("Biweekly update from Ada Lovelace: 27 Nov 2026");
  });

  it("carries the author's words, the part labels and the goal's owner in both bodies", async () => {
    const { html, text } = await composeUpdateMessage(options);
    for (const body of [html, text]) {
      expect(body).toContain("Analytical engine");
      expect(body).toContain("Owner: Ada Lovelace");
      expect(body).toContain("Building the mill.");
      expect(body).toContain("Need brass gears.");
      expect(body).toContain("Written by Ada Lovelace and sent with Biweekly.");
    }
    expect(text).toContain("Where I need help\nNeed brass gears.");
    expect(html).toContain("Where I need help");
    expect(text.startsWith("Biweekly update from Ada Lovelace\n26 Nov 2026\n")).toBe(true);
  });

  it("uses the author's email address where they have not given a name", async () => {
    const message = await composeUpdateMessage({ ...options, author: { name: "  ", email: "ada@example.com" } });
    expect(message.subject).toBe("Biweekly update from ada@example.com: 26 Nov 2026");
    expect(message.from.name).toBe("ada@example.com");
  });
});

describe("the update email's own lines", () => {
  it("carries a plain 'Got it' link in both bodies, and nothing that loads by itself", async () => {
    const ackUrl = "https://biweekly.example.com/ack/cmupdate1.c2lnbmF0dXJl";
    const { html, text } = await composeUpdateMessage({ ...options, ackUrl });
    expect(text).toContain(`Got it: ${ackUrl}`);
    expect(html).toContain(`href="${ackUrl}"`);
    expect(html).not.toMatch(/<img/i);
  });

  it("says how many asks are open and since when, in the author's zone, only when some are", async () => {
    const openAsks = { count: 2, oldestAt: new Date("2026-10-12T23:30:00Z") };
    const { html, text } = await composeUpdateMessage({ ...options, timeZone: "Europe/Berlin", openAsks });
    expect(text).toContain("Open asks: 2, the oldest from 13 Oct 2026");
    expect(html).toContain("Open asks: 2, the oldest from 13 Oct 2026");
    expect((await composeUpdateMessage({ ...options, openAsks: null })).text).not.toContain("Open asks");
    expect((await composeUpdateMessage({ ...options, openAsks: { ...openAsks, count: 1 } })).text).toContain("Open asks: 1, from 12 Oct 2026");
  });
});
