import "server-only";
import { renderOverdueEmailHtml, renderOverdueEmailText, overdueSubject } from "@/emails/overdue-email";
import { reminderSubject, renderReminderEmailHtml, renderReminderEmailText } from "@/emails/reminder-email";
import type { ServerConfig } from "@/lib/config/server-config";
import { formatDateTime } from "@/lib/schedule/format";
import { headerName } from "./header-text";
import { assertSendable, type OutgoingMessage } from "./message";
import { messageIdFor } from "./message-id";

/** What a notice to the author needs from the server's configuration. */
export type NoticeConfig = Pick<ServerConfig, "appUrl" | "mailFrom">;

export type NoticeAuthor = { email: string; name: string | null; timeZone: string };

export type AuthorNoticeToCompose = {
  kind: "REMINDER" | "OVERDUE";
  idempotencyKey: string;
  author: NoticeAuthor;
  /** The due instant the notice is about. */
  dueAt: Date;
  /** For an overdue nudge: whether a draft exists. */
  hasDraft: boolean;
};

export type ComposeAuthorNotice = (notice: AuthorNoticeToCompose) => Promise<OutgoingMessage>;

type NoticeBody = { subject: string; html: string; text: string };

const MINUTE_MS = 60_000;

/** "2 days", "2 hours", "45 minutes": how long until the due instant, in the largest whole unit. */
export function describeTimeLeft(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / MINUTE_MS));
  const [amount, unit] =
    minutes >= 36 * 60 ? [Math.round(minutes / 1440), "day"] : minutes >= 90 ? [Math.round(minutes / 60), "hour"] : [minutes, "minute"];
  return `${amount} ${unit}${amount === 1 ? "" : "s"}`;
}

async function renderBody({ kind, author, dueAt, hasDraft }: AuthorNoticeToCompose, now: Date, writeUrl: string): Promise<NoticeBody> {
  const dueLabel = formatDateTime(dueAt, author.timeZone);
  if (kind === "REMINDER") {
    const props = { dueLabel, timeLeft: describeTimeLeft(dueAt.getTime() - now.getTime()), timeZone: author.timeZone, writeUrl };
    return { subject: reminderSubject(dueLabel), html: await renderReminderEmailHtml(props), text: renderReminderEmailText(props) };
  }
  const props = { dueLabel, hasDraft, writeUrl };
  return { subject: overdueSubject(dueLabel), html: await renderOverdueEmailHtml(props), text: renderOverdueEmailText(props) };
}

/**
 * Composes reminders and overdue nudges at `now`: to the author alone, from the product's own
 * sender, so the author reads it as a note from Biweekly. The body names no one, so authors due
 * at the same moment in the same zone share one rendering.
 */
export function createNoticeComposer(config: NoticeConfig, now: Date): ComposeAuthorNotice {
  const writeUrl = `${config.appUrl}/write`;
  const bodies = new Map<string, Promise<NoticeBody>>();
  return async (notice) => {
    const { kind, author, dueAt, hasDraft } = notice;
    const key = `${kind}|${dueAt.getTime()}|${author.timeZone}|${kind === "OVERDUE" && hasDraft}`;
    let body = bodies.get(key);
    if (!body) {
      body = renderBody(notice, now, writeUrl);
      bodies.set(key, body);
    }
    return assertSendable({
      ...(await body),
      from: config.mailFrom,
      replyTo: config.mailFrom,
      // Quotes, angle brackets and line breaks are refused in a display name: drop them, not the notice.
      to: [{ name: headerName(author.name ?? ""), address: author.email }],
      cc: [],
      messageId: messageIdFor(notice.idempotencyKey, config.appUrl),
    });
  };
}
