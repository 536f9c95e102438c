import "server-only";
import { randomUUID } from "node:crypto";
import { renderSignInEmailHtml, renderSignInEmailText, SIGN_IN_SUBJECT } from "@/emails/sign-in-email";
import { serverConfig } from "@/lib/config/server-config";
import { isPlainAddress } from "./email-address";
import { InvalidMessageError } from "./message";
import { messageIdFor } from "./message-id";
import { sendMail } from "./transport";

export type SendSignInEmailOptions = { email: string; url: string };

/**
 * Sends a sign-in link at once (the person is waiting for it; it does not go through the outbox).
 * Without SMTP_URL the link is also printed to the server log, so a first user can sign in
 * without any mail set up.
 */
export async function sendSignInEmail({ email, url }: SendSignInEmailOptions): Promise<void> {
  // The sign-in form's address, as next-auth passed it on: one plain address or nothing is sent.
  if (!isPlainAddress(email)) throw new InvalidMessageError("A sign-in link goes to one plain email address.");
  const config = serverConfig();
  if (!config.smtpUrl) console.log(`Sign-in link for ${email}: ${url}`);
  const sender = config.mailFrom;
  await sendMail({
    from: sender,
    replyTo: sender,
    to: [{ name: "", address: email }],
    cc: [],
    subject: SIGN_IN_SUBJECT,
    html: await renderSignInEmailHtml({ url }),
    text: renderSignInEmailText({ url }),
    messageId: messageIdFor(`sign-in:${randomUUID()}`, config.appUrl),
  });
}
