import { z } from "zod";

/**
 * The name of one message file in the local mailbox, as it appears in a /mailbox/[name] URL.
 * A plain file name only: no folders, no "..", nothing hidden, always ".eml".
 */
export const mailboxName = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*\.eml$/, "Not a message in the mailbox");
