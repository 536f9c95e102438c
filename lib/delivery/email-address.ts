// The one check for an email address a person types: a boss, a skip-level, someone taking a goal
// over, the address to sign in with. Pure: client components may import it.
//
// Only a single plain address (an RFC 5322 addr-spec in its dot-atom form) passes. Display names,
// angle brackets, quotes, comments, lists and line breaks are what a mail library or server may
// read as another recipient or another header, so they are refused with a message that says why,
// rather than cleaned up into something the person did not type.
import { z } from "zod";

export const MAX_ADDRESS_LENGTH = 254;
export const MAX_LOCAL_PART_LENGTH = 64;

// Dot-atom characters, without "%" and "!" (some relays still route "a%b@c" and "b!a@c" onward),
// "|" and "`" (they mean something to shells behind some mail setups).
const LOCAL_PART = /^[A-Za-z0-9#$&'*+/=?^_{}~-]+(?:\.[A-Za-z0-9#$&'*+/=?^_{}~-]+)*$/;
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
// The last label names a top-level domain: letters, or an internationalised one in its xn-- form.
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i;

export const ADDRESS_EXAMPLE = "Enter an email address, like name@example.com.";

/** Why `value` is not one plain address, in words for the person who typed it; null when it is. */
export function addressProblem(value: string): string | null {
  if (value.length > MAX_ADDRESS_LENGTH) return "That address is too long.";
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value)) return "An email address has no line breaks or control characters.";
  if (/[<>"()]/.test(value)) return "Enter just the address, like name@example.com, without a name, quotes or brackets.";
  if (/[,;]/.test(value) || (value.match(/@/g) ?? []).length > 1) return "Enter one address only.";
  if (/\s/.test(value)) return "An email address has no spaces.";
  if (/[^\u0000-\u007f]/.test(value)) return "Use the address in plain letters, digits and dots (a-z, 0-9).";
  const at = value.lastIndexOf("@");
  if (at < 1 || at === value.length - 1) return ADDRESS_EXAMPLE;
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split(".");
  if (local.length > MAX_LOCAL_PART_LENGTH) return "The part before the @ is too long.";
  if (!LOCAL_PART.test(local)) return ADDRESS_EXAMPLE;
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label)) || !TOP_LEVEL.test(labels.at(-1)!)) {
    return ADDRESS_EXAMPLE;
  }
  return null;
}

/** The address with its domain lower-cased; the part before the @ keeps its case, as mail servers may. */
export function normalizeAddress(value: string): string {
  const at = value.lastIndexOf("@");
  return `${value.slice(0, at)}@${value.slice(at + 1).toLowerCase()}`;
}

export type EmailAddressOptions = {
  /** Said when the field is left empty. */
  required?: string;
  /** Lower-case the whole address, to compare it with the addresses people sign in with. */
  lowerCase?: boolean;
};

/** A typed address: surrounding spaces trimmed, then one plain address or a clear refusal. */
export function emailAddressSchema({ required = "Enter an email address.", lowerCase = false }: EmailAddressOptions = {}) {
  return z
    .string({ error: required })
    .trim()
    .min(1, required)
    .superRefine((value, ctx) => {
      const problem = addressProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .transform((value) => (lowerCase ? value.toLowerCase() : normalizeAddress(value)));
}

/** True for one plain address exactly as given (nothing trimmed). */
export function isPlainAddress(value: string): boolean {
  return addressProblem(value) === null;
}
