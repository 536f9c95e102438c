// Writing aids shown over the author's text: "we"-statements, empty parts, parts much like last
// time, word counts. All of it is decoration: nothing here changes the document.
// A keystroke only moves the decorations along with the text, and the highlights of the block
// typed in step aside. The aids read the document again once typing pauses and the browser is
// idle, so a key never waits for them: a "we", a count or a flag shows a moment after the author
// stops.
import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { partKind, type PartKind } from "@/lib/content/document";
import { readAidDecorations, withoutTypedBlocks, type AidDecorations, type PartPlace } from "./aid-decorations";
import { DEFAULT_AID_SETTINGS, type AidSettings } from "./aid-settings";
import { analysePart } from "./analyse-part";
import { typeInHighlightedBlock } from "./type-in-highlights";

export { WE_STATEMENT_HINT, type PartAidSpec } from "./aid-decorations";

export type PreviousSection = { goalId: string; doing: string; needHelp: string; progress: string; dueAt: string };

export type WritingAidsState = AidDecorations & {
  settings: AidSettings;
  previous: Map<string, Record<PartKind, string>>;
  totalWords: number;
  weStatements: number;
};

type AidsMeta = { settings?: AidSettings; previous?: PreviousSection[]; recheck?: boolean };

export const writingAidsKey = new PluginKey<WritingAidsState>("writingAids");

// Long enough to fall between keystrokes of a fast typist only when they pause.
const RECHECK_AFTER_MS = 300;

function previousByGoal(sections: PreviousSection[]): Map<string, Record<PartKind, string>> {
  return new Map(sections.map((s) => [s.goalId, { doing: s.doing, help: s.needHelp, progress: s.progress }]));
}

function partPlaces(doc: ProseMirrorNode, previous: WritingAidsState["previous"]): PartPlace[] {
  const places: PartPlace[] = [];
  doc.forEach((section, sectionOffset) => {
    if (section.type.name === "anythingElse") {
      // Optional: an empty "Anything else" is not a gap, and it has no "last time" to compare with.
      places.push({ part: section, start: sectionOffset, previous: undefined, optional: true });
      return;
    }
    const before = previous.get(String(section.attrs.goalId));
    section.forEach((part, partOffset) => {
      places.push({ part, start: sectionOffset + 1 + partOffset, previous: before?.[partKind(part.attrs.kind)] });
    });
  });
  return places;
}

/** The aids as the document stands: every figure and flag read again, and the totals summed. */
function readDocument(doc: ProseMirrorNode, settings: AidSettings, previous: WritingAidsState["previous"]): WritingAidsState {
  const places = partPlaces(doc, previous);
  let totalWords = 0;
  let weStatements = 0;
  for (const { part } of places) {
    const analysis = analysePart(part);
    totalWords += analysis.words;
    weStatements += analysis.weStatements;
  }
  const decorations = readAidDecorations(doc, places, settings);
  return { ...decorations, settings, previous, totalWords, weStatements: settings.weStatements ? weStatements : 0 };
}

/** The ranges of the new document that the transaction wrote to. */
function changedRanges(tr: Transaction): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  tr.mapping.maps.forEach((map, index) => {
    const after = tr.mapping.slice(index + 1);
    map.forEach((_oldFrom, _oldTo, from, to) => ranges.push({ from: after.map(from, -1), to: after.map(to, 1) }));
  });
  return ranges;
}

function apply(tr: Transaction, value: WritingAidsState, _old: EditorState, state: EditorState): WritingAidsState {
  const meta = tr.getMeta(writingAidsKey) as AidsMeta | undefined;
  if (meta?.settings || meta?.previous || meta?.recheck) {
    const previous = meta.previous ? previousByGoal(meta.previous) : value.previous;
    return readDocument(state.doc, meta.settings ?? value.settings, previous);
  }
  if (!tr.docChanged) return value;
  const we = withoutTypedBlocks(value.we.map(tr.mapping, tr.doc), tr.doc, changedRanges(tr));
  return { ...value, parts: value.parts.map(tr.mapping, tr.doc), we };
}

/** Changes which aids show, or what last time's text was; the document itself is untouched. */
export function configureWritingAids(view: { state: EditorState; dispatch: (tr: Transaction) => void }, meta: AidsMeta) {
  view.dispatch(view.state.tr.setMeta(writingAidsKey, meta).setMeta("addToHistory", false));
}

/**
 * Once typing pauses, reads the document again in a moment the browser is idle: reading a long
 * block, or comparing a long part with last time, takes long enough to delay a key pressed meanwhile.
 */
function recheckWhenIdle(view: EditorView) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const cancel = () => {
    clearTimeout(timer);
    if (idle !== undefined && typeof cancelIdleCallback === "function") cancelIdleCallback(idle);
    idle = undefined;
  };
  const recheck = () => {
    idle = undefined;
    if (!view.isDestroyed) configureWritingAids(view, { recheck: true });
  };
  return {
    update(updated: EditorView, before: EditorState) {
      if (updated.state.doc === before.doc) return;
      cancel();
      timer = setTimeout(() => {
        if (typeof requestIdleCallback === "function") idle = requestIdleCallback(recheck, { timeout: RECHECK_AFTER_MS * 3 });
        else recheck();
      }, RECHECK_AFTER_MS);
    },
    destroy: cancel,
  };
}

/** The aids' plugins: one keeps and draws the part labels, the other draws the "we"-statements. */
export function writingAidsPlugins(): Plugin[] {
  return [
    new Plugin<WritingAidsState>({
      key: writingAidsKey,
      state: {
        init: (_, state) => readDocument(state.doc, DEFAULT_AID_SETTINGS, new Map()),
        apply,
      },
      props: { decorations: (state) => writingAidsKey.getState(state)?.parts },
      view: recheckWhenIdle,
    }),
    new Plugin({
      key: new PluginKey("weStatements"),
      props: {
        decorations: (state) => writingAidsKey.getState(state)?.we,
        handleKeyPress: (view, event) => typeInHighlightedBlock(view, event, writingAidsKey.getState(view.state)?.we),
      },
    }),
  ];
}

export const WritingAids = Extension.create({
  name: "writingAids",

  addProseMirrorPlugins() {
    return writingAidsPlugins();
  },
});
