// Words as a reader sees them, so a test can look for a sentence in HTML or in wrapped text.

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] !== "#") return NAMED_ENTITIES[code.toLowerCase()] ?? entity;
    const hex = code[1]?.toLowerCase() === "x";
    return String.fromCodePoint(Number.parseInt(code.slice(hex ? 2 : 1), hex ? 16 : 10));
  });
}

/** The visible words of an HTML fragment or a text body, with whitespace collapsed. */
export function plainText(markup: string): string {
  const withoutHidden = markup.replace(/<(head|style|script)\b[\s\S]*?<\/\1>/gi, " ");
  const withoutTags = withoutHidden.replace(/<[^>]*>/g, " ");
  return decodeEntities(withoutTags).replace(/\s+/g, " ").trim();
}
