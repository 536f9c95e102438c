// Rebuilds pasted HTML from scratch with only what the update can hold: paragraphs, lists, quotes,
// code, line breaks, bold, italic and web or mail links. Nothing is copied over from the source
// element itself, so no style, class, id or event attribute can survive; Google Docs' and Word's
// inline styles are read first and turned into real marks and lists.
import { isAllowedLinkUrl } from "@/lib/content/link-url";
import {
  indentedListLevel,
  inlineFormatting,
  isWordListMarker,
  wordListLevel,
  wordListMarker,
} from "@/lib/content/pasted-formatting";
import { breaksToNewlines, dropBreaksBetweenBlocks, dropEmptyParagraphs } from "./paste-cleanup-blank-lines";
import { LIST_LEVEL, nestLists } from "./paste-cleanup-lists";

// Their content is code, metadata or media, never the author's words.
const DROPPED = new Set(
  ("script style meta title head link base img picture iframe frame frameset object embed svg math template " +
    "noscript video audio source track canvas map area input button select textarea option hr col colgroup").split(" "),
);
const KEPT = new Set(["p", "blockquote", "pre", "ul", "ol", "li", "br"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
// Block boundaries: each becomes its own paragraph (a table cell, a heading's neighbour, a div).
const CONTAINERS = new Set(
  ("div section article header footer main nav aside figure figcaption address center details summary " +
    "table caption thead tbody tfoot tr td th dl dt dd").split(" "),
);
// A Map, not an object: a pasted <constructor> or <tostring> element must not find anything here.
const MARK_TAGS = new Map<string, "strong" | "em" | "code">([
  ["b", "strong"],
  ["strong", "strong"],
  ["i", "em"],
  ["em", "em"],
  ["code", "code"],
  ["kbd", "code"],
  ["samp", "code"],
  ["tt", "code"],
]);

type Shell = { outer: Node; inner: Node };

function single(element: Element): Shell {
  return { outer: element, inner: element };
}

/**
 * Drawn around the words, not written: the owner line and empty-part note of an update copied
 * from a preview or another update, and the bullet or number Word draws as text.
 */
function isPresentationOnly(source: Element): boolean {
  return source.hasAttribute("data-goal-owner") || source.hasAttribute("data-empty-part") || isWordListMarker(source.getAttribute("style"));
}

/** Word draws a list item's bullet as text in a marker span; read it before it is dropped. */
function wordMarkerText(source: Element): string {
  for (const element of Array.from(source.querySelectorAll("[style]"))) {
    if (isWordListMarker(element.getAttribute("style"))) return element.textContent ?? "";
  }
  return "";
}

/** A Word list paragraph becomes a one-item list at its level; nestLists joins and nests them. */
function wordListItem(source: Element, level: number, out: Document): Shell {
  const marker = wordListMarker(wordMarkerText(source));
  const list = out.createElement(marker.ordered ? "ol" : "ul");
  list.setAttribute(LIST_LEVEL, String(level));
  if (marker.start !== null && marker.start !== 1) list.setAttribute("start", String(marker.start));
  const paragraph = list.appendChild(out.createElement("li")).appendChild(out.createElement("p"));
  return { outer: list, inner: paragraph };
}

function list(source: Element, tag: string, out: Document): Shell {
  const element = out.createElement(tag);
  const level = indentedListLevel(source.getAttribute("data-indent"));
  if (level !== null) element.setAttribute(LIST_LEVEL, String(level));
  const start = source.getAttribute("start")?.trim() ?? "";
  if (tag === "ol" && /^\d{1,6}$/.test(start) && start !== "1") element.setAttribute("start", start);
  return single(element);
}

function markShell(source: Element, tag: string, out: Document): Shell | null {
  const formatting = inlineFormatting(source.getAttribute("style"));
  // Google Docs wraps everything in <b style="font-weight:normal">: that wrapper is not bold.
  if (tag === "b" && formatting.bold === false) return null;
  if (tag === "i" && formatting.italic === false) return null;
  return single(out.createElement(MARK_TAGS.get(tag)!));
}

function linkShell(source: Element, out: Document): Shell | null {
  const href = source.getAttribute("href")?.trim() ?? "";
  if (!isAllowedLinkUrl(href)) return null;
  const link = out.createElement("a");
  link.setAttribute("href", href);
  return single(link);
}

/** The clean element standing for a pasted one, or null to keep only its content. */
function shellFor(source: Element, tag: string, out: Document): Shell | null {
  const level = wordListLevel(source.getAttribute("style"));
  if (level !== null && (tag === "p" || HEADINGS.has(tag) || tag === "div")) return wordListItem(source, level, out);
  if (tag === "ul" || tag === "ol") return list(source, tag, out);
  if (KEPT.has(tag)) return single(out.createElement(tag));
  if (HEADINGS.has(tag)) return single(out.createElement("p"));
  if (CONTAINERS.has(tag)) return single(out.createElement("div"));
  if (tag === "a") return linkShell(source, out);
  if (MARK_TAGS.has(tag)) return markShell(source, tag, out);
  // Slack marks a blank line between paragraphs with an empty span.
  if (source.getAttribute("data-stringify-type") === "paragraph-break") return single(out.createElement("br"));
  return null;
}

/** Bold, italic or code set by a style (Google Docs, Word) become the matching tags around the content. */
function withStyleMarks(source: Element, tag: string, shell: Shell | null, parent: Node, out: Document): Node {
  if (shell && !MARK_TAGS.has(tag) && tag !== "a") return parent;
  const formatting = inlineFormatting(source.getAttribute("style"));
  let target = parent;
  if (formatting.bold && tag !== "b" && tag !== "strong") target = target.appendChild(out.createElement("strong"));
  if (formatting.italic && tag !== "i" && tag !== "em") target = target.appendChild(out.createElement("em"));
  if (formatting.code && MARK_TAGS.get(tag) !== "code") target = target.appendChild(out.createElement("code"));
  return target;
}

/** A goal section or part copied from an update gives up only the author's text, never its structure or labels. */
function updateTextContainers(source: Element): Element[] | null {
  if (!source.hasAttribute("data-goal-section") && !source.hasAttribute("data-goal-part")) return null;
  const contents = Array.from(source.querySelectorAll("[data-part-content]"));
  return contents.length > 0 ? contents : null;
}

function cleanElement(source: Element, parent: Node, out: Document): void {
  const tag = source.localName.toLowerCase();
  if (DROPPED.has(tag) || isPresentationOnly(source)) return;
  // Office's <o:p> holds a non-breaking space to keep an empty paragraph open.
  if (tag === "o:p" && (source.textContent ?? "").trim() === "") return;
  const contents = updateTextContainers(source);
  if (contents) {
    for (const content of contents) cleanChildren(content, parent, out);
    return;
  }
  const shell = shellFor(source, tag, out);
  const styled = withStyleMarks(source, tag, shell, parent, out);
  if (shell) {
    styled.appendChild(shell.outer);
    if (tag !== "br") cleanChildren(source, shell.inner, out);
  } else {
    cleanChildren(source, styled, out);
  }
}

/** Word's "[if !supportLists]" ... "[endif]" comments enclose the list marker it drew. */
function markerEnd(nodes: ChildNode[], from: number): number {
  for (let index = from + 1; index < nodes.length; index += 1) {
    const node = nodes[index]!;
    if (node.nodeType === Node.COMMENT_NODE && /^\[endif\]/i.test((node as Comment).data.trim())) return index;
  }
  return from;
}

function cleanChildren(source: Node, parent: Node, out: Document): void {
  const nodes = Array.from(source.childNodes);
  for (let index = 0; index < nodes.length; index += 1) {
    const node = nodes[index]!;
    if (node.nodeType === Node.TEXT_NODE) parent.appendChild(out.createTextNode(node.textContent ?? ""));
    else if (node.nodeType === Node.ELEMENT_NODE) cleanElement(node as Element, parent, out);
    else if (node.nodeType === Node.COMMENT_NODE && /^\[if !supportLists\]/i.test((node as Comment).data.trim())) {
      index = markerEnd(nodes, index);
    }
  }
}

/**
 * Pasted HTML as the update can hold it. Both documents are inert: parsing runs no script and
 * loads no image, and no pasted node ever enters the page.
 */
export function cleanPastedHtml(html: string): string {
  const source = new DOMParser().parseFromString(html, "text/html");
  const out = document.implementation.createHTMLDocument("");
  const root = out.createElement("div");
  cleanChildren(source.body, root, out);
  nestLists(root);
  breaksToNewlines(root, out);
  dropBreaksBetweenBlocks(root);
  dropEmptyParagraphs(root);
  return root.innerHTML;
}
