import { LINK_PROTOCOLS } from "./document";

export const MAX_LINK_LENGTH = 2048;

const ALLOWED_PROTOCOLS = new Set<string>(LINK_PROTOCOLS.map((scheme) => `${scheme}:`));
// Whitespace and control characters can hide a scheme from a naive check ("java\tscript:").
const HIDDEN_CHARACTERS = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/;

/** True only for absolute http(s) and mailto links: the only kinds a boss's inbox will see. */
export function isAllowedLinkUrl(url: unknown): url is string {
  if (typeof url !== "string" || url.length === 0 || url.length > MAX_LINK_LENGTH) return false;
  if (HIDDEN_CHARACTERS.test(url)) return false;
  if (!/^(https?:\/\/[^/]|mailto:.)/i.test(url)) return false;
  try {
    return ALLOWED_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The editor's check while typing and pasting: link detection hands it bare addresses such as
 * "example.com" before adding https. A bare address passes if it would make an allowed link; any
 * explicit scheme other than http, https or mailto is refused.
 */
export function isAllowedLinkWhileEditing(url: string): boolean {
  return isAllowedLinkUrl(HAS_SCHEME.test(url) ? url : `https://${url}`);
}

/**
 * Turns what a person types into a link box into a link, or null when it cannot be one:
 * "example.com" becomes "https://example.com", "ana@example.com" becomes a mailto link.
 */
export function linkFromInput(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  if (HAS_SCHEME.test(text)) return isAllowedLinkUrl(text) ? text : null;
  const guess = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text) ? `mailto:${text}` : `https://${text}`;
  return isAllowedLinkUrl(guess) ? guess : null;
}
