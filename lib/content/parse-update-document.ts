import { getSchema } from "@tiptap/core";
import { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { CYCLE_STATUSES, PART_KINDS, PART_LABELS } from "./document";
import type { BlockNode, GoalPartNode, LinkAttrs, ListItemNode, PartKind, UpdateDocument } from "./document";
import { updateExtensions } from "./extensions";
import { isAllowedLinkUrl, MAX_LINK_LENGTH } from "./link-url";

export const MAX_DOCUMENT_BYTES = 1_000_000;
/** Deep enough for lists nested ten levels inside a quote; far below what could exhaust a stack. */
export const MAX_NODE_DEPTH = 32;

const nullableText = z.string().max(MAX_LINK_LENGTH).nullable().optional();
const noAttrs = z.strictObject({}).optional();

const SAFE_REL = "noopener noreferrer nofollow";

/**
 * The editor writes target, rel and class on every link; a document sent past the editor could
 * put anything there. Only the values the editor itself uses are kept, so the stored link carries
 * the author's address and title, never a class or a window name.
 */
function safeLinkAttrs(attrs: LinkAttrs): LinkAttrs {
  const safe: LinkAttrs = { href: attrs.href };
  if (attrs.target !== undefined) safe.target = attrs.target === "_blank" ? "_blank" : null;
  if (attrs.rel !== undefined) safe.rel = attrs.rel === null ? null : SAFE_REL;
  if (attrs.class !== undefined) safe.class = null;
  if (attrs.title !== undefined) safe.title = attrs.title;
  return safe;
}

const linkMark = z.strictObject({
  type: z.literal("link"),
  attrs: z
    .strictObject({
      href: z.string().refine(isAllowedLinkUrl, "Links must start with http://, https:// or mailto:"),
      target: nullableText,
      rel: nullableText,
      class: nullableText,
      title: nullableText,
    })
    .transform(safeLinkAttrs),
});

// The editor renders these into attributes (type="a", class="language-ts"): only plain values pass.
const listNumbering = z
  .string()
  .max(8)
  .nullable()
  .optional()
  .transform((type) => (type == null || /^[1aAiI]$/.test(type) ? type : null));
const codeLanguage = z
  .string()
  .max(40)
  .nullable()
  .optional()
  .transform((language) => (language == null || /^[a-z0-9][a-z0-9+#._-]*$/i.test(language) ? language : null));

const mark = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("bold"), attrs: noAttrs }),
    z.strictObject({ type: z.literal("italic"), attrs: noAttrs }),
    z.strictObject({ type: z.literal("code"), attrs: noAttrs }),
    linkMark,
  ],
  { error: "Only bold, italic, code and links are allowed" },
);

const text = z.strictObject({
  type: z.literal("text"),
  text: z.string().min(1),
  marks: z.array(mark).max(4).optional(),
});

const inline = z.discriminatedUnion(
  "type",
  [text, z.strictObject({ type: z.literal("hardBreak"), attrs: noAttrs })],
  { error: "Only text and line breaks are allowed inside a paragraph" },
);

// Recursive: quotes and list items hold blocks.
const block: z.ZodType<BlockNode> = z.lazy(() => blockUnion);

const listItem: z.ZodType<ListItemNode> = z.strictObject({
  type: z.literal("listItem"),
  attrs: noAttrs,
  content: z.array(block).min(1),
});

const listItems = z.array(listItem).min(1);

const blockUnion = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("paragraph"), attrs: noAttrs, content: z.array(inline).optional() }),
    z.strictObject({ type: z.literal("bulletList"), attrs: noAttrs, content: listItems }),
    z.strictObject({
      type: z.literal("orderedList"),
      attrs: z
        .strictObject({ start: z.number().int().min(0).max(1_000_000).optional(), type: listNumbering })
        .optional(),
      content: listItems,
    }),
    z.strictObject({ type: z.literal("blockquote"), attrs: noAttrs, content: z.array(block).min(1) }),
    z.strictObject({
      type: z.literal("codeBlock"),
      attrs: z.strictObject({ language: codeLanguage }).optional(),
      content: z.array(text).optional(),
    }),
  ],
  { error: "Only paragraphs, lists, quotes and code blocks are allowed" },
);

const part = <K extends PartKind>(kind: K): z.ZodType<GoalPartNode> =>
  z.strictObject({
    type: z.literal("goalPart"),
    attrs: z.strictObject({ kind: z.literal(kind, { error: "The parts must come in order: doing, need help, progress" }) }),
    content: z.array(block).min(1),
  });

const goalSection = z.strictObject({
  type: z.literal("goalSection"),
  attrs: z.strictObject({
    goalId: z.string().min(1).max(64),
    title: z.string().max(500),
    // Optional: documents saved before statuses existed still open.
    status: z.enum(CYCLE_STATUSES, { error: "A goal's status is on track, at risk, off track or not set" }).nullable().optional(),
  }),
  content: z.tuple([part("doing"), part("help"), part("progress")], {
    error: "Each goal has exactly three parts: doing, need help, progress",
  }),
});

const anythingElse = z.strictObject({
  type: z.literal("anythingElse"),
  attrs: noAttrs,
  content: z.array(block).min(1),
});

const section = z.discriminatedUnion("type", [goalSection, anythingElse], {
  error: "An update holds goal sections and one \"Anything else\" section",
});

type Sections = z.infer<typeof section>[];

const goalIds = (sections: Sections) => sections.flatMap((s) => (s.type === "goalSection" ? [s.attrs.goalId] : []));

const updateDocument = z
  .strictObject({ type: z.literal("doc"), content: z.array(section) })
  .refine((doc) => goalIds(doc.content).length > 0, { message: "An update needs at least one goal" })
  .refine((doc) => new Set(goalIds(doc.content)).size === goalIds(doc.content).length, {
    message: "Each goal can appear only once",
  })
  .refine(
    (doc) => {
      const at = doc.content.findIndex((s) => s.type === "anythingElse");
      return at === -1 || at === doc.content.length - 1;
    },
    { message: "\"Anything else\" comes once, after the goals" },
  );

function invalid(detail: string): AppError {
  return new AppError("INVALID_INPUT", `The update could not be saved: ${detail}.`);
}

/** Walks `content` arrays without recursion, so hostile nesting cannot exhaust the stack. */
function exceedsNodeDepth(input: unknown): boolean {
  const stack: Array<[unknown, number]> = [[input, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_NODE_DEPTH) return true;
    const content = typeof node === "object" && node !== null ? (node as { content?: unknown }).content : undefined;
    if (Array.isArray(content)) for (const child of content) stack.push([child, depth + 1]);
  }
  return false;
}

function byteSize(input: unknown): number {
  try {
    return new TextEncoder().encode(JSON.stringify(input) ?? "").byteLength;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** "in goal 2, Where I need help" rather than a JSON path. */
function describeIssue(issue: z.core.$ZodIssue): string {
  // Never repeat the sender's own keys or values back: only messages written here.
  const message = issue.code === "unrecognized_keys" ? "Unknown fields are not allowed" : issue.message;
  const [, goal, , part] = issue.path;
  const where: string[] = [];
  if (typeof goal === "number") where.push(`goal ${goal + 1}`);
  if (typeof part === "number") where.push(`"${PART_LABELS[PART_KINDS[part] ?? "doing"]}"`);
  return where.length > 0 ? `${message} (in ${where.join(", ")})` : message;
}

/** ProseMirror's own check: the document must load in the editor exactly as stored. */
function checkAgainstEditorSchema(doc: UpdateDocument): void {
  try {
    ProseMirrorNode.fromJSON(editorSchema(), doc).check();
  } catch {
    // ProseMirror's own message quotes the content, which is not ours to repeat.
    throw invalid("its structure does not fit the editor");
  }
}

let schemaCache: ReturnType<typeof getSchema> | undefined;
function editorSchema() {
  schemaCache ??= getSchema(updateExtensions());
  return schemaCache;
}

/**
 * Accepts only what the editor can produce: the goal sections and their three parts, plain
 * blocks, bold/italic/code and http(s)/mailto links. Anything else is refused with a reason.
 */
export function parseUpdateDocument(input: unknown): UpdateDocument {
  if (exceedsNodeDepth(input)) throw invalid("it is nested too deeply");
  if (byteSize(input) > MAX_DOCUMENT_BYTES) throw invalid("it is longer than 1 MB");
  const result = updateDocument.safeParse(input);
  if (!result.success) throw invalid(describeIssue(result.error.issues[0]!));
  const doc = result.data as UpdateDocument;
  checkAgainstEditorSchema(doc);
  return doc;
}
