// Writing aids shown over the author's text: "we"-statements, empty parts, parts much like last
// time, word counts. All of it is decoration: nothing here changes the document.
import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { partKind, type PartKind } from "@/lib/content/document";
import { DEFAULT_AID_SETTINGS, type AidSettings } from "./aid-settings";
import { analysePart, partIsStale } from "./analyse-part";

export type PreviousSection = { goalId: string; doing: string; needHelp: string; progress: string; dueAt: string };

/** What a part's label shows; carried on the part's node decoration. */
export type PartAidSpec = { aidWords: number | null; aidEmpty: boolean; aidStale: boolean };

export type WritingAidsState = {
  settings: AidSettings;
  previous: Map<string, Record<PartKind, string>>;
  decorations: DecorationSet;
  totalWords: number;
  weStatements: number;
};

type AidsMeta = { settings?: AidSettings; previous?: PreviousSection[] };

export const writingAidsKey = new PluginKey<WritingAidsState>("writingAids");

export const WE_STATEMENT_HINT = "Say what your part was";

const WE_ATTRS = {
  class:
    "rounded-sm bg-amber-100/70 underline decoration-amber-500 decoration-2 underline-offset-2 " +
    "dark:bg-amber-400/15 dark:decoration-amber-400",
  title: WE_STATEMENT_HINT,
  "data-we-statement": "",
};

function previousByGoal(sections: PreviousSection[]): Map<string, Record<PartKind, string>> {
  return new Map(sections.map((s) => [s.goalId, { doing: s.doing, help: s.needHelp, progress: s.progress }]));
}

function partDecorations(part: ProseMirrorNode, start: number, previous: string | undefined, settings: AidSettings) {
  const analysis = analysePart(part);
  const found: Decoration[] = [];
  const spec: PartAidSpec = {
    aidWords: settings.wordCounts ? analysis.words : null,
    aidEmpty: settings.emptyParts && analysis.empty,
    aidStale: settings.similarToLastTime && previous !== undefined && partIsStale(part, previous),
  };
  const attrs: Record<string, string> = {};
  if (spec.aidEmpty) attrs["data-aid-empty"] = "";
  if (spec.aidStale) attrs["data-aid-stale"] = "";
  found.push(Decoration.node(start, start + part.nodeSize, attrs, spec));
  if (settings.weStatements) {
    for (const match of analysis.weStatements) found.push(Decoration.inline(start + 1 + match.from, start + 1 + match.to, WE_ATTRS));
  }
  return { found, words: analysis.words, weStatements: settings.weStatements ? analysis.weStatements.length : 0 };
}

function build(doc: ProseMirrorNode, settings: AidSettings, previous: WritingAidsState["previous"]): WritingAidsState {
  const found: Decoration[] = [];
  let totalWords = 0;
  let weStatements = 0;
  doc.forEach((section, sectionOffset) => {
    if (section.type.name === "anythingElse") {
      // Optional: an empty "Anything else" is not a gap, and it has no "last time" to compare with.
      const result = partDecorations(section, sectionOffset, undefined, { ...settings, emptyParts: false });
      found.push(...result.found);
      totalWords += result.words;
      weStatements += result.weStatements;
      return;
    }
    const before = previous.get(String(section.attrs.goalId));
    section.forEach((part, partOffset) => {
      const result = partDecorations(part, sectionOffset + 1 + partOffset, before?.[partKind(part.attrs.kind)], settings);
      found.push(...result.found);
      totalWords += result.words;
      weStatements += result.weStatements;
    });
  });
  return { settings, previous, decorations: DecorationSet.create(doc, found), totalWords, weStatements };
}

function apply(tr: Transaction, value: WritingAidsState, state: EditorState): WritingAidsState {
  const meta = tr.getMeta(writingAidsKey) as AidsMeta | undefined;
  if (!meta && !tr.docChanged) return value;
  const settings = meta?.settings ?? value.settings;
  const previous = meta?.previous ? previousByGoal(meta.previous) : value.previous;
  return build(state.doc, settings, previous);
}

/** Changes which aids show, or what last time's text was; the document itself is untouched. */
export function configureWritingAids(view: { state: EditorState; dispatch: (tr: Transaction) => void }, meta: AidsMeta) {
  view.dispatch(view.state.tr.setMeta(writingAidsKey, meta).setMeta("addToHistory", false));
}

export const WritingAids = Extension.create({
  name: "writingAids",

  addProseMirrorPlugins() {
    return [
      new Plugin<WritingAidsState>({
        key: writingAidsKey,
        state: {
          init: (_, state) => build(state.doc, DEFAULT_AID_SETTINGS, new Map()),
          apply,
        },
        props: { decorations: (state) => writingAidsKey.getState(state)?.decorations },
      }),
    ];
  },
});
