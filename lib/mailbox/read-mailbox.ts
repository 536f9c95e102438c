import "server-only";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { simpleParser, type AddressObject, type EmailAddress, type ParsedMail } from "mailparser";
import { mailboxName } from "./mailbox-name";

export type MailboxEntry = { name: string; subject: string; from: string; to: string; date: Date | null };

export type MailboxMessage = MailboxEntry & {
  cc: string;
  replyTo: string;
  messageId: string;
  html: string | null;
  text: string;
};

function mailboxes(list: EmailAddress[]): EmailAddress[] {
  return list.flatMap((a) => (a.group ? mailboxes(a.group) : [a]));
}

/** "Name <address>, ..." as a person writes it, without the quoting the header needs. */
function addresses(value: AddressObject | AddressObject[] | undefined): string {
  return mailboxes([value ?? []].flat().flatMap((a) => a.value))
    .map(({ name, address }) => (name ? `${name} <${address ?? ""}>` : (address ?? "")))
    .join(", ");
}

function entry(name: string, mail: ParsedMail): MailboxEntry {
  return { name, subject: mail.subject ?? "(no subject)", from: addresses(mail.from), to: addresses(mail.to), date: mail.date ?? null };
}

/** The newest messages first, at most `limit` of them; an empty list when the folder is missing. */
export async function listMailbox({ dir, limit = 200 }: { dir: string; limit?: number }): Promise<MailboxEntry[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  const files = await Promise.all(
    names
      .filter((name) => mailboxName.safeParse(name).success)
      .map(async (name) => ({ name, modified: (await stat(path.join(dir, name))).mtimeMs })),
  );
  files.sort((a, b) => b.modified - a.modified || b.name.localeCompare(a.name));
  return Promise.all(files.slice(0, limit).map(async ({ name }) => entry(name, await simpleParser(await readFile(path.join(dir, name))))));
}

/** One message by file name, or null when the name is not a mailbox file or no such file exists. */
export async function readMailboxMessage({ dir, name }: { dir: string; name: string }): Promise<MailboxMessage | null> {
  const valid = mailboxName.safeParse(name);
  if (!valid.success) return null;
  const file = path.join(dir, valid.data);
  // Belt and braces: the file must sit directly in the mailbox folder.
  if (path.dirname(file) !== path.resolve(dir)) return null;
  const raw = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (!raw) return null;
  const mail = await simpleParser(raw);
  return {
    ...entry(valid.data, mail),
    cc: addresses(mail.cc),
    replyTo: addresses(mail.replyTo),
    messageId: mail.messageId ?? "",
    html: mail.html || null,
    text: mail.text ?? "",
  };
}
