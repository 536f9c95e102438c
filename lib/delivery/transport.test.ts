import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterEach, describe, expect, it } from "vitest";
import { InvalidMessageError, type OutgoingMessage } from "./message";
import { createMailSender } from "./transport";

const message: OutgoingMessage = {
  from: { name: "Ada Lovelace", address: "biweekly@example.com" },
  replyTo: { name: "Ada Lovelace", address: "ada@example.com" },
  to: [{ name: "Grace Hopper", address: "grace@example.com" }],
  cc: [{ name: "Alan Turing", address: "alan@example.com" }],
  subject: "Biweekly update from Ada Lovelace: 27 Nov 2026",
  text: "What I'm doing\nShipping the engine.",
  html: "<p>What I&#39;m doing</p><p>Shipping the engine.</p>",
  messageId: "<update-abc123@biweekly.example.com>",
};

const dirs: string[] = [];
function mailboxDir() {
  const dir = mkdtempSync(path.join(tmpdir(), "biweekly-mailbox-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("the local mailbox transport", () => {
  it("writes a real multipart/alternative .eml file with the text part before the HTML", async () => {
    const dir = mailboxDir();
    await createMailSender({ smtpUrl: undefined, mailboxDir: dir }).send(message);

    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d-]+Z-[0-9a-f]{8}\.eml$/);
    const raw = readFileSync(path.join(dir, files[0]!), "utf8");
    expect(raw).toMatch(/^Content-Type: multipart\/alternative/m);
    expect(raw.indexOf("Content-Type: text/plain")).toBeGreaterThan(-1);
    expect(raw.indexOf("Content-Type: text/plain")).toBeLessThan(raw.indexOf("Content-Type: text/html"));

    const parsed = await simpleParser(raw);
    expect(parsed.messageId).toBe("<update-abc123@biweekly.example.com>");
    expect(parsed.subject).toBe(message.subject);
    expect(parsed.from?.value).toEqual([{ name: "Ada Lovelace", address: "biweekly@example.com" }]);
    expect(parsed.replyTo?.value).toEqual([message.replyTo]);
    expect([parsed.to].flat().flatMap((a) => a?.value)).toEqual(message.to);
    expect([parsed.cc].flat().flatMap((a) => a?.value)).toEqual(message.cc);
    expect(parsed.text?.trim()).toBe(message.text);
    expect(parsed.html).toContain("Shipping the engine.");
  });

  it("gives each message its own file, in the order they were written", async () => {
    const dir = mailboxDir();
    const sender = createMailSender({ smtpUrl: undefined, mailboxDir: dir });
    for (let i = 0; i < 3; i++) await sender.send({ ...message, subject: `Message ${i}` });
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(3);
    const subjects = await Promise.all(files.map(async (f) => (await simpleParser(readFileSync(path.join(dir, f)))).subject));
    expect(subjects).toEqual(["Message 0", "Message 1", "Message 2"]);
  });

  it("refuses an address that could be read as another recipient, and writes nothing", async () => {
    const dir = mailboxDir();
    const sender = createMailSender({ smtpUrl: undefined, mailboxDir: dir });
    const sneaky = { ...message, to: [{ name: 'Boss" <evil@example.net>', address: "grace@example.com" }] };
    await expect(sender.send(sneaky)).rejects.toBeInstanceOf(InvalidMessageError);
    await expect(sender.send({ ...message, cc: [{ name: "X", address: "a@b.c, evil@example.net" }] })).rejects.toThrow(/cc\.0\.address/);
    await expect(sender.send({ ...message, subject: "Hi\r\nBcc: evil@example.net" })).rejects.toThrow(/subject/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
