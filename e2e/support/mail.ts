// Reads what the loopback SMTP server received: each message is one .eml file whose name sorts by
// arrival (see scripts/smtp-server.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";

export type ReceivedMessage = { file: string; raw: string; mail: ParsedMail };

export type WaitForMessageOptions = {
  /** An address in To or Cc. */
  to: string;
  /** Only messages that arrived after this file name (see latestMessageFile). */
  after?: string;
  /** Only messages whose subject contains this text. */
  subject?: string;
  timeoutMs?: number;
};

const POLL_MS = 200;

function mailboxDir(): string {
  const dir = process.env.SMTP_MAILBOX_DIR;
  if (!dir) throw new Error("SMTP_MAILBOX_DIR is not set; run the tests through playwright.config.ts.");
  return path.resolve(dir);
}

function messageFiles(): string[] {
  try {
    return readdirSync(mailboxDir()).filter((name) => name.endsWith(".eml")).sort();
  } catch {
    return [];
  }
}

/** The messages that arrived after `after` (all of them without it), oldest first. */
export function messageFilesAfter(after: string | undefined): string[] {
  return messageFiles().filter((file) => !after || file > after);
}

/** The newest file in the mailbox now, to wait for a message that arrives after it. */
export function latestMessageFile(): string | undefined {
  return messageFiles().at(-1);
}

/** Every address in an address header, lower-cased, with the display names beside them. */
export function addressesOf(field: AddressObject | AddressObject[] | undefined): { name: string; address: string }[] {
  const groups = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return groups.flatMap((group) =>
    group.value.map((entry) => ({ name: entry.name, address: (entry.address ?? "").toLowerCase() })),
  );
}

const parsed = new Map<string, ReceivedMessage>();

async function readMessage(file: string): Promise<ReceivedMessage> {
  const known = parsed.get(file);
  if (known) return known;
  const raw = readFileSync(path.join(mailboxDir(), file), "utf8");
  const message = { file, raw, mail: await simpleParser(raw) };
  parsed.set(file, message);
  return message;
}

function matches(message: ReceivedMessage, options: WaitForMessageOptions): boolean {
  const wanted = options.to.toLowerCase();
  const recipients = [...addressesOf(message.mail.to), ...addressesOf(message.mail.cc)];
  if (!recipients.some((r) => r.address === wanted)) return false;
  return !options.subject || (message.mail.subject ?? "").includes(options.subject);
}

/** Every message to an address (in To or Cc) that arrived after `after`, oldest first. */
export async function messagesTo(address: string, after: string | undefined): Promise<ReceivedMessage[]> {
  const messages = await Promise.all(messageFilesAfter(after).map(readMessage));
  return messages.filter((message) => matches(message, { to: address }));
}

/** Waits for the newest message to an address, polling the mailbox for a bounded time. */
export async function waitForMessage(options: WaitForMessageOptions): Promise<ReceivedMessage> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    const files = messageFilesAfter(options.after);
    for (const file of files.reverse()) {
      const message = await readMessage(file);
      if (matches(message, options)) return message;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `No message to ${options.to}${options.subject ? ` with subject "${options.subject}"` : ""} ` +
          `reached the SMTP server within ${options.timeoutMs ?? 20_000} ms (${files.length} other messages).`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The sign-in link in a sign-in message, taken from its plain-text part. */
export function signInLink(message: ReceivedMessage): string {
  const text = message.mail.text ?? "";
  const link = /https?:\/\/\S+\/signin\/confirm\?\S+/.exec(text)?.[0];
  if (!link) throw new Error(`No sign-in link in the message "${message.mail.subject}":\n${text}`);
  return link.replace(/[>)\].,]+$/, "");
}
