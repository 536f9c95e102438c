// Blank lines in pasted HTML are spacing, not structure: Word keeps an empty paragraph open with
// a non-breaking space, Google Docs puts a line break between two lists. Line breaks inside a run
// of text stay, and inside code they become the newlines they are.

const BLOCK_TAGS = new Set(["P", "UL", "OL", "LI", "BLOCKQUOTE", "PRE", "DIV"]);

function isInline(node: Node | null): boolean {
  if (node === null) return false;
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? "").trim() !== "";
  return node.nodeType === Node.ELEMENT_NODE && !BLOCK_TAGS.has((node as Element).tagName);
}

function inlineNeighbour(node: Node, step: (node: Node) => Node | null): Node | null {
  let next = step(node);
  while (next && next.nodeType === Node.TEXT_NODE && !isInline(next)) next = step(next);
  return next;
}

/**
 * A line break between blocks (Google Docs' blank line between two lists) would become an empty
 * paragraph; only breaks inside a run of text are kept.
 */
export function dropBreaksBetweenBlocks(root: Element): void {
  for (const lineBreak of Array.from(root.querySelectorAll("br"))) {
    if (!BLOCK_TAGS.has(lineBreak.parentElement?.tagName ?? "DIV") || lineBreak.parentElement?.tagName === "P") continue;
    const before = inlineNeighbour(lineBreak, (node) => node.previousSibling);
    const after = inlineNeighbour(lineBreak, (node) => node.nextSibling);
    if (!isInline(before) || !isInline(after)) lineBreak.remove();
  }
}

/** Line breaks inside a code block are newlines in its text. */
export function breaksToNewlines(root: Element, out: Document): void {
  for (const lineBreak of Array.from(root.querySelectorAll("pre br"))) lineBreak.replaceWith(out.createTextNode("\n"));
}

/** Paragraphs with nothing but spaces in them (the editor spaces paragraphs itself). */
export function dropEmptyParagraphs(root: Element): void {
  for (const paragraph of Array.from(root.querySelectorAll("p"))) {
    if ((paragraph.textContent ?? "").trim() === "") paragraph.remove();
  }
}
