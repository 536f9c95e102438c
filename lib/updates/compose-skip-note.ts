import { renderSkipNoteEmailHtml, renderSkipNoteEmailText } from "@/emails/skip-note-email";
import { headerName, headerSubject } from "@/lib/delivery/header-text";
import type { Address, ComposedMessage } from "@/lib/delivery/message";
import { formatDate } from "@/lib/schedule/format";

export type ComposeSkipNoteOptions = {
  author: { name: string; email: string };
  recipients: { bossName: string; bossEmail: string; skipName: string; skipEmail: string };
  /** The skipped cycle's due instant; shown as a date in the author's zone. */
  dueAt: Date;
  timeZone: string;
  /** The author's one line, already checked; it goes out verbatim. */
  note: string;
  /** The configured sender (MAIL_FROM); only its address is used, with the author's name. */
  mailFrom: Address;
};

/** The note that tells the boss and skip-level there is no update this cycle, in the author's words. */
export async function composeSkipNote(options: ComposeSkipNoteOptions): Promise<ComposedMessage> {
  const { author, recipients, note, mailFrom } = options;
  const authorName = author.name.trim() || author.email;
  const dueLabel = formatDate(options.dueAt, options.timeZone);
  // The name as headers may carry it; the body shows it as the author typed it.
  const senderName = headerName(authorName) || author.email;
  return {
    from: { name: senderName, address: mailFrom.address },
    replyTo: { name: senderName, address: author.email },
    to: [{ name: headerName(recipients.bossName), address: recipients.bossEmail }],
    cc: [{ name: headerName(recipients.skipName), address: recipients.skipEmail }],
    subject: headerSubject(`No update from ${senderName} this cycle (${dueLabel})`),
    html: await renderSkipNoteEmailHtml({ authorName, dueLabel, note }),
    text: renderSkipNoteEmailText({ authorName, dueLabel, note }),
  };
}
