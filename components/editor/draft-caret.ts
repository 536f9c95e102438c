// Where the author put the caret in the server-rendered draft, in terms the editor can find again:
// which part, which paragraph of it, how many characters in. The draft's markup mirrors the
// editor's document one for one (every paragraph, empty ones too), so counting is enough.
// Points outside any paragraph (a title, a label) stand for the start of the next part.

/** The `block`-th textblock of the `part`-th writable part, `offset` characters in. */
export type DraftCaret = { part: number; block: number; offset: number };

const PARTS = "[data-part-content]";
const TEXTBLOCKS = "p, pre";

/** Characters before `node`/`offset` inside `block`: text as written, and one per line break. */
function charactersBefore(block: Element, node: Node, offset: number): number {
  const end = document.createRange();
  end.setStart(node, offset);
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  let count = 0;
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (current === node) return count + (node.nodeType === Node.TEXT_NODE ? offset : 0);
    const before = end.comparePoint(current, 0) < 0;
    if (!before) return count;
    if (current.nodeType === Node.TEXT_NODE) count += (current as Text).length;
    else if ((current as Element).tagName === "BR") count += 1;
  }
  return count;
}

/** The first element of `list` at or after the point, or the last one. */
function atOrAfter(list: Element[], node: Node, offset: number): number {
  const point = document.createRange();
  point.setStart(node, offset);
  const index = list.findIndex((element) => element.contains(node) || point.comparePoint(element, 0) >= 0);
  return index < 0 ? list.length - 1 : index;
}

/** The caret for a DOM point inside `root`, the server-rendered draft. */
export function caretAtDomPoint(root: Element, node: Node, offset: number): DraftCaret | null {
  if (!root.contains(node)) return null;
  const parts = Array.from(root.querySelectorAll(PARTS));
  if (parts.length === 0) return null;
  const part = atOrAfter(parts, node, offset);
  const blocks = Array.from(parts[part]!.querySelectorAll(TEXTBLOCKS));
  if (blocks.length === 0) return { part, block: 0, offset: 0 };
  const block = atOrAfter(blocks, node, offset);
  const inside = blocks[block]!.contains(node);
  return { part, block, offset: inside ? charactersBefore(blocks[block]!, node, offset) : 0 };
}

/** The DOM point a caret stands for in the draft: the inverse of `caretAtDomPoint`. */
export function domPointOfCaret(root: Element, caret: DraftCaret): { node: Node; offset: number } | null {
  const part = root.querySelectorAll(PARTS)[caret.part];
  const block = part?.querySelectorAll(TEXTBLOCKS)[caret.block];
  if (!block) return null;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  let left = caret.offset;
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (current.nodeType === Node.TEXT_NODE) {
      const length = (current as Text).length;
      if (left <= length) return { node: current, offset: left };
      left -= length;
    } else if ((current as Element).tagName === "BR") left -= 1;
  }
  return { node: block, offset: block.childNodes.length };
}

export const sameCaret = (a: DraftCaret, b: DraftCaret) => a.part === b.part && a.block === b.block && a.offset === b.offset;
