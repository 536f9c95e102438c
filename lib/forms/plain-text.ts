// Text as a person can type it. Control characters (NUL, escape, the C1 range) and lone UTF-16
// surrogates cannot be typed or seen; they arrive from a broken paste or a crafted request, and
// some of them cannot be stored at all (PostgreSQL refuses NUL in text and in JSON). They are
// dropped at the edge, so every text field and document is stored the same on both databases.
// Tabs and line breaks stay: they are the author's layout.

const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `value` without control characters other than tab and line breaks, and without lone surrogates. */
export function plainText(value: string): string {
  return value.replace(LONE_SURROGATE, "\ufffd").replace(INVISIBLE_CONTROLS, "");
}

/** For JSON.parse: every string in the parsed value made plain text. */
export function plainTextReviver(_key: string, value: unknown): unknown {
  return typeof value === "string" ? plainText(value) : value;
}
