import fc from "fast-check";
import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { composeSkipNote } from "@/lib/updates/compose-skip-note";
import { composeUpdateMessage } from "@/lib/updates/compose-update-message";
import { headerName, headerSubject } from "./header-text";
import { assertSendable } from "./message";

const HOSTILE_NAME = 'Ada "Lovelace" <eve@attacker.test>\r\nBcc: eve@attacker.test\u0085\u2028X-Injected: yes';

const people = {
  author: { name: HOSTILE_NAME, email: "ada@example.com" },
  recipients: { bossName: "Grace\nBcc: eve@attacker.test", bossEmail: "grace@example.com", skipName: 'Alan "<x>"', skipEmail: "alan@example.com" },
  dueAt: new Date("2026-11-27T15:00:00Z"),
  timeZone: "Europe/Berlin",
  mailFrom: { name: "Biweekly", address: "updates@biweekly.example.com" },
};

/** The message as it leaves for the server, headers and all. */
async function raw(message: Parameters<typeof assertSendable>[0]): Promise<string> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
  const valid = assertSendable(message);
  const info = await transport.sendMail({ ...valid, disableFileAccess: true, disableUrlAccess: true });
  return info.message.toString();
}

function headersOf(source: string): string[] {
  const head = source.split(/\r?\n\r?\n/)[0]!;
  return head.split(/\r?\n(?![ \t])/).map((line) => line.split(":")[0]!.toLowerCase());
}

describe("a person's words in mail headers", () => {
  it("become one line without quotes or angle brackets in a display name", () => {
    expect(headerName(HOSTILE_NAME)).toBe("Ada Lovelace eve@attacker.test Bcc: eve@attacker.test X-Injected: yes");
    expect(headerSubject("Update\r\nBcc: eve@attacker.test")).toBe("Update Bcc: eve@attacker.test");
  });

  it("are always one line, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 600 }), (value) => {
        for (const line of [headerName(value), headerSubject(value)]) {
          expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
          expect(line.length).toBeLessThanOrEqual(500);
        }
        expect(headerName(value)).not.toMatch(/["<>]/);
      }),
    );
  });

  it.each([
    ["an update", () => composeUpdateMessage({ ...people, document: { type: "doc", content: [] } })],
    ["a skip note", () => composeSkipNote({ ...people, note: "Away this week." })],
  ])("cannot add a header or a recipient to %s", async (_kind, compose) => {
    const message = await compose();
    const source = await raw({ ...message, messageId: "<m1@biweekly.example.com>" });
    expect(headersOf(source)).not.toContain("bcc");
    expect(headersOf(source)).not.toContain("x-injected");
    const parsed = await (await import("mailparser")).simpleParser(source);
    const addresses = [parsed.from, parsed.to, parsed.cc, parsed.replyTo].flatMap((field) =>
      (Array.isArray(field) ? field : field ? [field] : []).flatMap((group) => group.value.map((entry) => entry.address)),
    );
    expect(addresses.sort()).toEqual(["ada@example.com", "alan@example.com", "grace@example.com", "updates@biweekly.example.com"]);
    expect(message.subject).not.toMatch(/[\r\n]/);
  });
});
