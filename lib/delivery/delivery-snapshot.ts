import { z } from "zod";
import { addressSchema, InvalidMessageError, type Address, type OutgoingMessage } from "./message";

/**
 * The columns of a Delivery row that hold exactly what goes out. toRecipients and ccRecipients
 * are JSON arrays of { name, address }. replyTo is a bare address: replies go to the author, whose
 * name is already the From name.
 */
export type DeliverySnapshot = {
  messageId: string;
  fromName: string;
  fromAddress: string;
  replyTo: string;
  toRecipients: string;
  ccRecipients: string;
  subject: string;
  html: string;
  text: string;
};

export function toDeliverySnapshot(message: OutgoingMessage): DeliverySnapshot {
  return {
    messageId: message.messageId,
    fromName: message.from.name,
    fromAddress: message.from.address,
    replyTo: message.replyTo.address,
    toRecipients: JSON.stringify(message.to),
    ccRecipients: JSON.stringify(message.cc),
    subject: message.subject,
    html: message.html,
    text: message.text,
  };
}

function parseJson<T>(schema: z.ZodType<T>, value: string, column: string): T {
  try {
    return schema.parse(JSON.parse(value));
  } catch {
    throw new InvalidMessageError(`The stored message has an unreadable ${column}`);
  }
}

/** The stored message, read back exactly as it was approved (for sending and for the history). */
export function fromDeliverySnapshot(row: DeliverySnapshot): OutgoingMessage {
  const addresses = z.array(addressSchema);
  return {
    messageId: row.messageId,
    from: { name: row.fromName, address: row.fromAddress },
    replyTo: { name: row.fromName, address: row.replyTo },
    to: parseJson<Address[]>(addresses, row.toRecipients, "To"),
    cc: parseJson<Address[]>(addresses, row.ccRecipients, "Cc"),
    subject: row.subject,
    html: row.html,
    text: row.text,
  };
}
