import { InvalidMessageError } from "./message";

/**
 * Whether trying the same message again later can succeed.
 * - transient: the connection failed or timed out, or the server answered 4xx ("try later");
 *   also a refused login, which the operator fixes without the message changing.
 * - permanent: the server refused the message itself with a 5xx reply, or the message was
 *   invalid before it left.
 */
export type MailErrorKind = "transient" | "permanent";

type MailErrorShape = { code?: unknown; responseCode?: unknown; response?: unknown; message?: unknown };

const CREDENTIAL_CODES = new Set(["EAUTH", "ENOAUTH", "EOAUTH2"]);

function shape(error: unknown): MailErrorShape {
  return typeof error === "object" && error !== null ? (error as MailErrorShape) : {};
}

export function classifyMailError(error: unknown): MailErrorKind {
  if (error instanceof InvalidMessageError) return "permanent";
  const { code, responseCode } = shape(error);
  if (typeof code === "string" && CREDENTIAL_CODES.has(code)) return "transient";
  // 503 means the session was in the wrong state, not that the message was refused (RFC 5321).
  if (typeof responseCode === "number" && responseCode >= 500 && responseCode < 600 && responseCode !== 503) {
    return "permanent";
  }
  // 4xx replies, ECONNECTION, ETIMEDOUT, ESOCKET, ECONNREFUSED, EDNS, a full disk: all may pass.
  return "transient";
}

/** What the mail server said, or what went wrong, in one line short enough to store and show. */
export function describeMailError(error: unknown): string {
  const { code, response, message } = shape(error);
  const text = typeof response === "string" && response ? response : typeof message === "string" ? message : String(error);
  const prefix = typeof code === "string" && !text.includes(code) ? `${code}: ` : "";
  return `${prefix}${text}`.replace(/\s+/g, " ").trim().slice(0, 1000);
}
