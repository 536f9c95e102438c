import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import sanitizeHtml from "sanitize-html";
import { EMPTY_PART_TEXT, type UpdateDocument } from "./document";
import { GoalPart, GoalSection, updateExtensions } from "./extensions";
import { isAllowedLinkUrl } from "./link-url";
import { inlineStyleFor } from "./email-styles";
import { sendableDocument } from "./sendable-document";

export type RenderHtmlOptions = {
  /** The author: every goal in the update is theirs, and the reader is told so. */
  ownerName: string;
  /** Goals handed over to someone else since the update was begun: goal id to their owner's name. */
  otherOwners?: Record<string, string>;
  /** Email clients ignore style sheets: write simple styles on each element instead. */
  inlineStyles?: boolean;
};

const ALLOWED_TAGS = ["section", "div", "h2", "h3", "p", "strong", "em", "code", "pre", "a", "ul", "ol", "li", "blockquote", "br"];

const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  section: ["data-goal-section", "data-goal-id", "data-anything-else"],
  div: ["data-goal-parts", "data-goal-part", "data-part-content"],
  p: ["data-goal-owner", "data-goal-status", "data-empty-part"],
  a: ["href", "rel", "target"],
  ol: ["start"],
};

const WORDLESS_DROPPED = new Set(["p", "li", "ul", "ol", "blockquote", "pre"]);

function safeLink(_tag: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const href = attribs.href;
  // The document was checked on save; this is the last line of defence for what leaves the server.
  if (!isAllowedLinkUrl(href)) return { tagName: "a", attribs: {} };
  return { tagName: "a", attribs: { href, rel: "noopener noreferrer nofollow", target: "_blank" } };
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: ALLOWED_ATTRIBUTES,
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: { a: safeLink },
  // An empty paragraph or list item (Enter pressed once too often) is noise in an inbox.
  exclusiveFilter: (frame) => WORDLESS_DROPPED.has(frame.tag) && frame.text.trim() === "",
};

function withInlineStyles(cleanHtml: string): string {
  const addStyle = (tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag => {
    const style = inlineStyleFor(tagName, attribs);
    return { tagName, attribs: style ? { ...attribs, style } : attribs };
  };
  const allowedAttributes = Object.fromEntries(
    ALLOWED_TAGS.map((tag) => [tag, [...(ALLOWED_ATTRIBUTES[tag] ?? []), "style"]]),
  );
  // The input is already sanitised, so every style in the output is one written here.
  return sanitizeHtml(cleanHtml, { ...SANITIZE, allowedAttributes, transformTags: { "*": addStyle } });
}

/**
 * The update as the boss reads it: goal titles, an owner line, the three labelled parts, and
 * the author's text. Rendered with the editor's own schema, then sanitised.
 */
export function renderDocumentHtml(doc: UpdateDocument, options: RenderHtmlOptions): string {
  const extensions = updateExtensions({
    goalSection: GoalSection.configure({ ownerName: options.ownerName, otherOwners: options.otherOwners ?? {} }),
    goalPart: GoalPart.configure({ emptyText: EMPTY_PART_TEXT }),
  });
  const rendered = renderToHTMLString({ content: sendableDocument(doc), extensions });
  const clean = sanitizeHtml(rendered, SANITIZE);
  return options.inlineStyles ? withInlineStyles(clean) : clean;
}

/** A link in the draft is text to edit: the keyboard goes to the draft, not to each link in it. */
function draftLink(tag: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const link = safeLink(tag, attribs);
  return { tagName: "a", attribs: { ...link.attribs, tabindex: "-1" } };
}

/**
 * The draft as it looks in the editor before the editor has started in the browser: goal titles,
 * part labels and the author's text, without the email's owner line or empty-part wording. Every
 * paragraph is kept, empty ones too, and the sections and parts keep their markers, so a place in
 * this markup is a place in the document (the editor starts where the author clicked or typed).
 */
export function renderDraftHtml(doc: UpdateDocument): string {
  const allowedAttributes = {
    section: ["data-goal-section", "data-goal-id", "data-anything-else"],
    div: ["data-goal-parts", "data-goal-part", "data-part-content"],
    a: ["href", "rel", "target", "tabindex"],
    ol: ["start"],
  };
  const clean = sanitizeHtml(renderToHTMLString({ content: doc, extensions: updateExtensions() }), {
    ...SANITIZE,
    allowedAttributes,
    transformTags: { a: draftLink },
    exclusiveFilter: () => false,
  });
  // An empty paragraph keeps its line, as in the editor, and a caret can be put in it.
  return clean.replaceAll("<p></p>", "<p><br /></p>");
}
