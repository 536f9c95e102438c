// Lists arrive flat: Word writes one paragraph per item with its level in a style, Slack writes one
// list per indent with data-indent, Google Docs puts a nested list straight inside its parent list.
// These passes turn each into real nested lists of the kind the editor holds.

/** Set on a cleaned list that says its level instead of being nested (Word, Slack). */
export const LIST_LEVEL = "data-paste-list-level";

const LIST_TAGS = new Set(["UL", "OL"]);

function isList(node: Node | null): node is Element {
  return node !== null && node.nodeType === Node.ELEMENT_NODE && LIST_TAGS.has((node as Element).tagName);
}

function isBlank(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE && (node.textContent ?? "").trim() === "";
}

/** The list item a nested list belongs to: the parent list's last item, made if it has none. */
function lastItem(list: Element): Element {
  const last = list.lastElementChild;
  if (last && last.tagName === "LI") return last;
  return list.appendChild(list.ownerDocument.createElement("li"));
}

/** Google Docs writes <ul><li>a</li><ul><li>a.1</li></ul></ul>: the inner list moves into "a". */
function moveStrayLists(root: Element): void {
  for (const list of Array.from(root.querySelectorAll("ul, ol"))) {
    for (const child of Array.from(list.children)) {
      if (!isList(child)) continue;
      const previous = child.previousElementSibling;
      const item = previous && previous.tagName === "LI" ? previous : list.insertBefore(list.ownerDocument.createElement("li"), child);
      item.appendChild(child);
    }
  }
}

type OpenList = { level: number; list: Element };

/** Joins sibling lists that give their level: same level and kind continue, deeper ones nest. */
function nestLevelledSiblings(container: Element): void {
  const open: OpenList[] = [];
  for (const node of Array.from(container.childNodes)) {
    if (isBlank(node)) continue;
    const level = isList(node) ? Number(node.getAttribute(LIST_LEVEL)) : 0;
    if (!isList(node) || !(level > 0)) {
      open.length = 0;
      continue;
    }
    while (open.length > 0 && (open.at(-1)!.level > level || (open.at(-1)!.level === level && open.at(-1)!.list.tagName !== node.tagName))) {
      open.pop();
    }
    const top = open.at(-1);
    if (top && top.level === level) {
      top.list.append(...Array.from(node.children));
      node.remove();
      continue;
    }
    if (top) lastItem(top.list).appendChild(node);
    open.push({ level, list: node });
  }
}

export function nestLists(root: Element): void {
  moveStrayLists(root);
  const containers = [root, ...Array.from(root.querySelectorAll("div, blockquote, li"))];
  for (const container of containers) nestLevelledSiblings(container);
  for (const list of Array.from(root.querySelectorAll(`[${LIST_LEVEL}]`))) list.removeAttribute(LIST_LEVEL);
}
