// The author's plain words, escaped so a Markdown reader shows them as written: an asterisk stays
// an asterisk, "# 1" at the start of a line stays text, and nothing becomes HTML.

const ALWAYS = /[\\`*_[\]<>|~]/g;
// Significant only where a line starts: headings, list markers, rules, quotes, setext underlines.
const LINE_START = /^(\s*)([#+=-])/gm;
// "1. " or "1) " at the start of a line would start a numbered list.
const ORDERED_MARKER = /^(\s*\d+)([.)])/gm;
// "&amp;" would read as "&" in HTML output.
const ENTITY = /&(?=#?[a-z0-9]+;)/gi;

export function escapeMarkdown(text: string): string {
  return text
    .replace(ALWAYS, "\\$&")
    .replace(ENTITY, "\\&")
    .replace(LINE_START, "$1\\$2")
    .replace(ORDERED_MARKER, "$1\\$2");
}

/** Inline code that shows `text` exactly: the fence is longer than any run of backticks inside. */
export function inlineCode(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (run) => run[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced code block that cannot be closed early by the code itself. */
export function codeFence(code: string, language: string | null | undefined): string {
  const longest = Math.max(2, ...Array.from(code.matchAll(/^`{3,}/gm), (run) => run[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language ?? ""}\n${code}\n${fence}`;
}

/** A link target in angle brackets, so spaces and parentheses in it cannot end it early. */
export function linkTarget(href: string): string {
  return `<${href.replace(/[<>\s]/g, (character) => encodeURIComponent(character))}>`;
}
