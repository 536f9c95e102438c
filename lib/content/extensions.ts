// The one extension list behind the update document. The browser editor and the server renderer
// both build their schema from it, so what the author sees is what the boss receives.
// Nothing here touches the DOM or React: the editor adds its node views on top.
import { Node, type Extensions } from "@tiptap/core";
import type { DOMOutputSpec } from "@tiptap/pm/model";
import { StarterKit } from "@tiptap/starter-kit";
import { ANYTHING_ELSE_LABEL, CYCLE_STATUS_LABELS, cycleStatus, PART_LABELS, partKind } from "./document";
import { isAllowedLinkWhileEditing } from "./link-url";

const UpdateDoc = Node.create({
  name: "doc",
  topNode: true,
  content: "goalSection+ anythingElse?",
});

export type GoalSectionOptions = {
  /** When set, an "Owner: <name>" line follows the goal title (preview and email). */
  ownerName: string | null;
  /** Goals someone else owns by now (handed over after this update was begun): goal id to owner name. */
  otherOwners: Record<string, string>;
};

export const GoalSection = Node.create<GoalSectionOptions>({
  name: "goalSection",
  content: "goalPart goalPart goalPart",
  // The goal's boundaries are fixed: typing, deleting or lifting never crosses them.
  isolating: true,
  defining: true,
  selectable: false,
  draggable: false,

  addOptions() {
    return { ownerName: null, otherOwners: {} };
  },

  addAttributes() {
    return {
      goalId: {
        default: "",
        parseHTML: (element) => element.getAttribute("data-goal-id") ?? "",
        renderHTML: (attrs) => ({ "data-goal-id": attrs.goalId }),
      },
      title: {
        default: "",
        parseHTML: (element) => element.getAttribute("data-goal-title") ?? "",
        renderHTML: (attrs) => ({ "data-goal-title": attrs.title }),
      },
      status: {
        default: null,
        parseHTML: (element) => cycleStatus(element.getAttribute("data-goal-status")),
        renderHTML: (attrs) => (cycleStatus(attrs.status) ? { "data-goal-status": attrs.status } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: "section[data-goal-section]", contentElement: "[data-goal-parts]" }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const ownerName = this.options.ownerName && (this.options.otherOwners[String(node.attrs.goalId)] ?? this.options.ownerName);
    const owner: DOMOutputSpec[] = ownerName ? [["p", { "data-goal-owner": "" }, `Owner: ${ownerName}`]] : [];
    const status = cycleStatus(node.attrs.status);
    // The reader learns how the goal is going before the details; an unset status says nothing.
    const statusLine: DOMOutputSpec[] =
      ownerName && status ? [["p", { "data-goal-status": status }, `Status: ${CYCLE_STATUS_LABELS[status]}`]] : [];
    return [
      "section",
      { "data-goal-section": "", ...HTMLAttributes },
      ["h2", {}, String(node.attrs.title)],
      ...owner,
      ...statusLine,
      ["div", { "data-goal-parts": "" }, 0],
    ];
  },
});

export type GoalPartOptions = {
  /** When set, a part with no text shows this instead, so a reader sees it was left empty. */
  emptyText: string | null;
};

export const GoalPart = Node.create<GoalPartOptions>({
  name: "goalPart",
  content: "block+",
  isolating: true,
  defining: true,
  selectable: false,
  draggable: false,

  addOptions() {
    return { emptyText: null };
  },

  addAttributes() {
    return {
      kind: {
        default: "doing",
        parseHTML: (element) => partKind(element.getAttribute("data-goal-part")),
        renderHTML: (attrs) => ({ "data-goal-part": attrs.kind }),
      },
    };
  },

  parseHTML() {
    // Only the part's content is read back: the label is presentation, never text.
    return [{ tag: "div[data-goal-part]", contentElement: "[data-part-content]" }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { emptyText } = this.options;
    const label = PART_LABELS[partKind(node.attrs.kind)];
    const content: DOMOutputSpec =
      emptyText && node.textContent.trim() === ""
        ? ["div", { "data-part-content": "" }, ["p", { "data-empty-part": "" }, emptyText]]
        : ["div", { "data-part-content": "" }, 0];
    return ["div", HTMLAttributes, ["h3", {}, label], content];
  },
});

/** Optional free text after the goals, for what belongs to no goal. */
export const AnythingElse = Node.create({
  name: "anythingElse",
  content: "block+",
  isolating: true,
  defining: true,
  selectable: false,
  draggable: false,

  parseHTML() {
    return [{ tag: "section[data-anything-else]", contentElement: "[data-part-content]" }];
  },

  renderHTML() {
    return ["section", { "data-anything-else": "" }, ["h2", {}, ANYTHING_ELSE_LABEL], ["div", { "data-part-content": "" }, 0]];
  },
});

const UpdateStarterKit = StarterKit.configure({
  document: false,
  heading: false,
  horizontalRule: false,
  strike: false,
  underline: false,
  // The document ends with a goal section, never with a loose paragraph.
  trailingNode: false,
  link: {
    openOnClick: false,
    autolink: true,
    linkOnPaste: true,
    defaultProtocol: "https",
    protocols: [],
    isAllowedUri: (url) => isAllowedLinkWhileEditing(url),
  },
});

export type UpdateExtensionsOptions = {
  goalSection?: typeof GoalSection;
  goalPart?: typeof GoalPart;
  anythingElse?: typeof AnythingElse;
};

/**
 * The update document's extensions. Callers may swap in a configured or extended goal section,
 * goal part or "Anything else" section (the renderer adds the owner line, the editor adds node
 * views); the schema stays the same.
 */
export function updateExtensions(options: UpdateExtensionsOptions = {}): Extensions {
  return [
    UpdateStarterKit,
    UpdateDoc,
    options.goalSection ?? GoalSection,
    options.goalPart ?? GoalPart,
    options.anythingElse ?? AnythingElse,
  ];
}
