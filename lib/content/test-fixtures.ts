// Small builders for update documents in unit tests.
import type {
  BlockNode,
  CycleStatus,
  GoalPartNode,
  GoalSectionNode,
  InlineNode,
  ListItemNode,
  TextMark,
  SectionNode,
  TextNode,
  UpdateDocument,
} from "./document";

export const text = (value: string, ...marks: TextMark[]): TextNode =>
  marks.length > 0 ? { type: "text", text: value, marks } : { type: "text", text: value };

export const link = (value: string, href: string): TextNode => text(value, { type: "link", attrs: { href } });

export const p = (...content: Array<InlineNode | string>): BlockNode => {
  const inline = content.map((node) => (typeof node === "string" ? text(node) : node));
  return inline.length > 0 ? { type: "paragraph", content: inline } : { type: "paragraph" };
};

export const li = (...content: BlockNode[]): ListItemNode => ({ type: "listItem", content });
export const ul = (...items: ListItemNode[]): BlockNode => ({ type: "bulletList", content: items });
export const ol = (...items: ListItemNode[]): BlockNode => ({ type: "orderedList", attrs: { start: 1, type: null }, content: items });
export const quote = (...content: BlockNode[]): BlockNode => ({ type: "blockquote", content });

type Parts = { doing?: BlockNode[]; help?: BlockNode[]; progress?: BlockNode[] };

const part = (kind: GoalPartNode["attrs"]["kind"], content: BlockNode[] = [p()]): GoalPartNode => ({
  type: "goalPart",
  attrs: { kind },
  content,
});

export const goal = (goalId: string, title: string, parts: Parts = {}, status?: CycleStatus | null): GoalSectionNode => ({
  type: "goalSection",
  attrs: status === undefined ? { goalId, title } : { goalId, title, status },
  content: [part("doing", parts.doing), part("help", parts.help), part("progress", parts.progress)],
});

export const anythingElse = (...content: BlockNode[]): SectionNode => ({ type: "anythingElse", content: content.length > 0 ? content : [p()] });

export const doc = (...sections: SectionNode[]): UpdateDocument => ({ type: "doc", content: sections });
