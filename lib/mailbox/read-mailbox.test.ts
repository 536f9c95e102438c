import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mailboxName } from "./mailbox-name";
import { listMailbox, readMailboxMessage } from "./read-mailbox";

const eml = (subject: string) =>
  [
    "From: Ada Lovelace <biweekly@example.com>",
    "To: Grace Hopper <grace@example.com>",
    "Cc: Alan Turing <alan@example.com>",
    "Reply-To: Ada Lovelace <ada@example.com>",
    `Subject: ${subject}`,
    "Date: Fri, 27 Nov 2026 15:00:00 +0000",
    "Message-ID: <update-u1@example.com>",
    "MIME-Version: 1.0",
    'Content-Type: multipart/alternative; boundary="b"',
    "",
    "--b",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "The mill turns.",
    "--b",
    "Content-Type: text/html; charset=utf-8",
    "",
    "<p>The mill turns.</p>",
    "--b--",
    "",
  ].join("\r\n");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "biweekly-mailbox-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the local mailbox", () => {
  it("lists messages newest first, skipping files that are not messages", async () => {
    writeFileSync(path.join(dir, "2026-11-27T15-00-00-000Z-aaaa0001.eml"), eml("Older"));
    writeFileSync(path.join(dir, "2026-11-27T16-00-00-000Z-aaaa0002.eml"), eml("Newer"));
    utimesSync(path.join(dir, "2026-11-27T15-00-00-000Z-aaaa0001.eml"), new Date(1_000_000), new Date(1_000_000));
    writeFileSync(path.join(dir, ".2026-11-27T17-00-00-000Z-aaaa0003.eml.partial"), "half a mess");
    writeFileSync(path.join(dir, "notes.txt"), "not mail");

    const entries = await listMailbox({ dir });
    expect(entries.map((e) => e.subject)).toEqual(["Newer", "Older"]);
    expect(entries[0]).toMatchObject({ from: "Ada Lovelace <biweekly@example.com>", to: "Grace Hopper <grace@example.com>" });
    expect(entries[0]!.date).toEqual(new Date("2026-11-27T15:00:00Z"));
  });

  it("is empty when the folder does not exist yet", async () => {
    expect(await listMailbox({ dir: path.join(dir, "missing") })).toEqual([]);
  });

  it("reads one message with its headers and both parts", async () => {
    writeFileSync(path.join(dir, "m1.eml"), eml("Biweekly update"));
    const message = await readMailboxMessage({ dir, name: "m1.eml" });
    expect(message).toMatchObject({
      subject: "Biweekly update",
      cc: "Alan Turing <alan@example.com>",
      replyTo: "Ada Lovelace <ada@example.com>",
      messageId: "<update-u1@example.com>",
      html: "<p>The mill turns.</p>",
      text: "The mill turns.",
    });
    expect(await readMailboxMessage({ dir, name: "m2.eml" })).toBeNull();
  });

  it.each(["../secrets.json", "..%2Fsecrets.eml", "../x.eml", "a/b.eml", ".hidden.eml", "x..eml", "x.eml/", "x.txt", "C:\\x.eml", ""])(
    "refuses the name %j",
    async (name) => {
      expect(mailboxName.safeParse(name).success).toBe(false);
      expect(await readMailboxMessage({ dir, name })).toBeNull();
    },
  );
});
