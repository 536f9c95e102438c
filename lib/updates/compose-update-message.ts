import { renderUpdateEmailHtml, renderUpdateEmailText } from "@/emails/update-email";
import type { UpdateDocument } from "@/lib/content/document";
import { renderDocumentHtml } from "@/lib/content/render-html";
import { renderDocumentText } from "@/lib/content/render-text";
import { headerName, headerSubject } from "@/lib/delivery/header-text";
import type { Address, ComposedMessage } from "@/lib/delivery/message";
import { formatDate } from "@/lib/schedule/format";

export type ComposeUpdateMessageOptions = {
  author: { name: string; email: string };
  recipients: { bossName: string; bossEmail: string; skipName: string; skipEmail: string };
  /** The cycle's due instant; shown as a date in the author's zone. */
  dueAt: Date;
  timeZone: string;
  document: UpdateDocument;
  /** Goals in the update that were handed over since: goal id to their new owner's name. */
  otherOwners?: Record<string, string>;
  /** The configured sender (MAIL_FROM); only its address is used, with the author's name. */
  mailFrom: Address;
  /** The signed "Got it" link of this update; none in a message that is not an update to a boss. */
  ackUrl?: string;
  /** Asks open once this update is sent; the line is left out when null. */
  openAsks?: { count: number; oldestAt: Date } | null;
};

/** "Open asks: 2, the oldest from 12 Oct 2026", in the author's zone: a count and a date, nothing more. */
export function openAsksLine(openAsks: ComposeUpdateMessageOptions["openAsks"], timeZone: string): string | null {
  if (!openAsks || openAsks.count === 0) return null;
  const oldest = formatDate(openAsks.oldestAt, timeZone);
  return openAsks.count === 1 ? `Open asks: 1, from ${oldest}` : `Open asks: ${openAsks.count}, the oldest from ${oldest}`;
}

/**
 * The update exactly as the boss receives it. The preview shows this and "Send now" stores this,
 * so what the author approves is what goes out.
 */
export async function composeUpdateMessage(options: ComposeUpdateMessageOptions): Promise<ComposedMessage> {
  const { author, recipients, document, mailFrom } = options;
  const authorName = author.name.trim() || author.email;
  const dueLabel = formatDate(options.dueAt, options.timeZone);
  // The name as headers may carry it; the body shows it as the author typed it.
  const senderName = headerName(authorName) || author.email;
  const otherOwners = options.otherOwners ?? {};
  const bodyHtml = renderDocumentHtml(document, { ownerName: authorName, otherOwners, inlineStyles: true });
  const bodyText = renderDocumentText(document, { ownerName: authorName, otherOwners });
  const extras = { openAsksLine: openAsksLine(options.openAsks, options.timeZone), ackUrl: options.ackUrl ?? null };
  return {
    from: { name: senderName, address: mailFrom.address },
    replyTo: { name: senderName, address: author.email },
    to: [{ name: headerName(recipients.bossName), address: recipients.bossEmail }],
    cc: [{ name: headerName(recipients.skipName), address: recipients.skipEmail }],
    subject: headerSubject(`Biweekly update from ${senderName}: ${dueLabel}`),
    html: await renderUpdateEmailHtml({ authorName, dueLabel, bodyHtml, ...extras }),
    text: renderUpdateEmailText({ authorName, dueLabel, bodyText, ...extras }),
  };
}
