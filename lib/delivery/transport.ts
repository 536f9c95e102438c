import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { serverConfig } from "@/lib/config/server-config";
import { assertSendable, type OutgoingMessage } from "./message";
import { SMTP_POOL_SIZE } from "./smtp-pool";

export type MailTransportOptions = {
  /** smtp:// or smtps:// URL; without one, messages are written as .eml files to mailboxDir. */
  smtpUrl: string | undefined;
  mailboxDir: string;
};

export type MailSender = {
  send(message: OutgoingMessage): Promise<void>;
  close(): void;
};

// Short enough that a stuck server is noticed well within a delivery lease.
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

// Content is inline text and HTML only: nodemailer must never read a file or fetch a URL for it.
const NO_EXTERNAL_CONTENT = { disableFileAccess: true, disableUrlAccess: true };

function mailOptions(message: OutgoingMessage) {
  const valid = assertSendable(message);
  return {
    from: valid.from,
    replyTo: valid.replyTo,
    to: valid.to,
    cc: valid.cc,
    subject: valid.subject,
    // With both bodies nodemailer builds multipart/alternative, text part first, HTML last.
    text: valid.text,
    html: valid.html,
    messageId: valid.messageId,
    ...NO_EXTERNAL_CONTENT,
  };
}

/** Sortable by time, unique within and across processes. */
export function mailboxFileName(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  return `${stamp}-${randomBytes(4).toString("hex")}.eml`;
}

type SmtpReply = { rejected?: unknown[]; rejectedErrors?: { responseCode?: number; response?: string }[] };

/**
 * The server took the message for some recipients but refused others. For the author that is not
 * "sent": the boss may be the one who gets nothing. Report it with the refusal's own reply code,
 * permanent if any refusal was.
 */
function refusedRecipients(reply: SmtpReply): Error | null {
  const refusals = reply.rejectedErrors ?? [];
  if (!reply.rejected?.length) return null;
  const worst = refusals.find((r) => (r.responseCode ?? 0) >= 500) ?? refusals[0];
  return Object.assign(new Error(`The mail server refused ${reply.rejected.join(", ")}: ${worst?.response ?? "no reason given"}`), {
    code: "EENVELOPE",
    responseCode: worst?.responseCode,
  });
}

function smtpSender(smtpUrl: string): MailSender {
  const transport = nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: SMTP_POOL_SIZE, ...SMTP_TIMEOUTS, ...NO_EXTERNAL_CONTENT });
  return {
    async send(message) {
      const reply: SmtpReply = await transport.sendMail(mailOptions(message));
      const refused = refusedRecipients(reply);
      if (refused) throw refused;
    },
    close: () => transport.close(),
  };
}

function mailboxSender(mailboxDir: string): MailSender {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    async send(message) {
      const info = await transport.sendMail(mailOptions(message));
      await mkdir(mailboxDir, { recursive: true });
      const name = mailboxFileName();
      // Written under a hidden name first, so the mailbox never shows half a message.
      const partial = path.join(mailboxDir, `.${name}.partial`);
      await writeFile(partial, info.message);
      await rename(partial, path.join(mailboxDir, name));
    },
    close: () => transport.close(),
  };
}

export function createMailSender(options: MailTransportOptions): MailSender {
  return options.smtpUrl ? smtpSender(options.smtpUrl) : mailboxSender(options.mailboxDir);
}

// One pooled transport per process, kept across the dev server's module reloads.
const holder = globalThis as unknown as { biweeklyMailSender?: MailSender };

function defaultSender(): MailSender {
  if (!holder.biweeklyMailSender) {
    const { smtpUrl, mailboxDir } = serverConfig();
    holder.biweeklyMailSender = createMailSender({ smtpUrl, mailboxDir });
  }
  return holder.biweeklyMailSender;
}

/** Sends through SMTP_URL, or writes the message to the local mailbox when none is set. */
export function sendMail(message: OutgoingMessage): Promise<void> {
  return defaultSender().send(message);
}

/** Closes the mail server connections, e.g. on shutdown; the next message opens new ones. */
export function closeMailSender(): void {
  holder.biweeklyMailSender?.close();
  holder.biweeklyMailSender = undefined;
}

/** Whether messages go to a real mail server or to the local mailbox folder. */
export function mailGoesToLocalMailbox(): boolean {
  return !serverConfig().smtpUrl;
}
