import { z } from "zod";

/** A mailbox: the display name a reader sees and the address mail goes to. */
export type Address = { name: string; address: string };

/** A message as the author approves it: who it is from and for, and both bodies. */
export type ComposedMessage = {
  from: Address;
  replyTo: Address;
  to: Address[];
  cc: Address[];
  subject: string;
  html: string;
  text: string;
};

/** A composed message with the Message-ID it keeps on every attempt. */
export type OutgoingMessage = ComposedMessage & { messageId: string };

/** Refused before sending: retrying the same message cannot help. */
export class InvalidMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidMessageError";
  }
}

// Display names end up inside an address header. Line breaks could smuggle headers, and quotes
// or angle brackets could make a mail server read a different address than the one we validated.
const displayName = z
  .string()
  .max(200, "A display name is at most 200 characters")
  .refine((name) => !/[\r\n"<>]/.test(name), "A display name cannot contain line breaks, quotes or angle brackets");

// A plain dot-atom address: no quoted local parts, comments or spaces, nothing a mail server could
// read as a second recipient. Unlike z.email(), a one-label domain such as "localhost" is allowed:
// it is the local default sender, biweekly@localhost.
const DOMAIN_LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const EMAIL = new RegExp(`^[A-Za-z0-9!#$%&'*+/=?^_\`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_\`{|}~-]+)*@${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})*$`);

const emailAddress = z.string().max(254).regex(EMAIL, "Not a valid email address");

const address = z.object({ name: displayName, address: emailAddress });

const messageId = z.string().regex(/^<[A-Za-z0-9._-]+@[A-Za-z0-9.-]+>$/, "Message-ID must look like <local@host>");

const outgoingMessage = z.object({
  from: address,
  replyTo: address,
  to: z.array(address).min(1, "A message needs at least one recipient"),
  cc: z.array(address),
  subject: z
    .string()
    .min(1)
    .max(500)
    .refine((subject) => !/[\r\n]/.test(subject), "A subject is one line"),
  html: z.string(),
  text: z.string(),
  messageId,
});

/** Checks every address and header value before anything reaches a mail server. */
export function assertSendable(message: OutgoingMessage): OutgoingMessage {
  const result = outgoingMessage.safeParse(message);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "message"}: ${issue.message}`);
  throw new InvalidMessageError(`The message cannot be sent: ${problems.join("; ")}`);
}

/** The schema of one stored address, for reading snapshots back. */
export const addressSchema = address;
