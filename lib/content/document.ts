// The update document: Tiptap JSON as the editor produces it and the database stores it.
// One goal section per goal, each with exactly three parts in a fixed order, then an optional
// "Anything else" section for what belongs to no goal.

export const PART_KINDS = ["doing", "help", "progress"] as const;
export type PartKind = (typeof PART_KINDS)[number];

/** The part kind a stored or pasted value names; anything unknown reads as "doing". */
export function partKind(value: unknown): PartKind {
  return PART_KINDS.find((kind) => kind === value) ?? "doing";
}

/** Shown above each part in the editor, the preview and the email; never stored as text. */
export const PART_LABELS: Record<PartKind, string> = {
  doing: "What I'm doing",
  help: "Where I need help",
  progress: "Progress",
};

/** Shown in the preview and the email where the author left a part empty. */
export const EMPTY_PART_TEXT = "(nothing this time)";

export const LINK_PROTOCOLS = ["http", "https", "mailto"] as const;

export type LinkAttrs = {
  href: string;
  target?: string | null;
  rel?: string | null;
  class?: string | null;
  title?: string | null;
};

export type TextMark =
  | { type: "bold" }
  | { type: "italic" }
  | { type: "code" }
  | { type: "link"; attrs: LinkAttrs };

export type TextNode = { type: "text"; text: string; marks?: TextMark[] };
export type HardBreakNode = { type: "hardBreak" };
export type InlineNode = TextNode | HardBreakNode;

export type ParagraphNode = { type: "paragraph"; content?: InlineNode[] };
export type ListItemNode = { type: "listItem"; content: BlockNode[] };
export type BulletListNode = { type: "bulletList"; content: ListItemNode[] };
export type OrderedListNode = {
  type: "orderedList";
  attrs?: { start?: number; type?: string | null };
  content: ListItemNode[];
};
export type BlockquoteNode = { type: "blockquote"; content: BlockNode[] };
export type CodeBlockNode = {
  type: "codeBlock";
  attrs?: { language?: string | null };
  content?: TextNode[];
};
export type BlockNode = ParagraphNode | BulletListNode | OrderedListNode | BlockquoteNode | CodeBlockNode;

/** How the author says a goal is going in one update; null when they left it unset. */
export const CYCLE_STATUSES = ["ON_TRACK", "AT_RISK", "OFF_TRACK"] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

export const CYCLE_STATUS_LABELS: Record<CycleStatus, string> = {
  ON_TRACK: "On track",
  AT_RISK: "At risk",
  OFF_TRACK: "Off track",
};

/** The status a stored or pasted value names; anything unknown reads as not set. */
export function cycleStatus(value: unknown): CycleStatus | null {
  return CYCLE_STATUSES.find((status) => status === value) ?? null;
}

export type GoalPartNode = { type: "goalPart"; attrs: { kind: PartKind }; content: BlockNode[] };
export type GoalSectionNode = {
  type: "goalSection";
  /** Documents written before statuses existed have none: it reads as not set. */
  attrs: { goalId: string; title: string; status?: CycleStatus | null };
  content: [GoalPartNode, GoalPartNode, GoalPartNode];
};

/** Free text after the goals: shown in the email only when the author wrote something in it. */
export type AnythingElseNode = { type: "anythingElse"; content: BlockNode[] };
export type SectionNode = GoalSectionNode | AnythingElseNode;

export type UpdateDocument = { type: "doc"; content: SectionNode[] };

export const ANYTHING_ELSE_LABEL = "Anything else";

/** The goal sections, in the order the author sees them. */
export function goalSectionsOf(doc: UpdateDocument): GoalSectionNode[] {
  return doc.content.filter((section): section is GoalSectionNode => section.type === "goalSection");
}

/** The "Anything else" section, when the document has one. */
export function anythingElseOf(doc: UpdateDocument): AnythingElseNode | null {
  return doc.content.find((section): section is AnythingElseNode => section.type === "anythingElse") ?? null;
}
