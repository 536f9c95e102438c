// Writing aids shown over the author's text: "we"-statements, empty parts, parts much like last
// time, word counts. All of it is decoration: nothing here changes the document.
// A keystroke maps the decorations along and re-reads only the block it changed; whether a part is
// much like last time is checked once typing pauses and the browser is idle, so it never slows a
// key down.
import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import type { DecorationSet, EditorView } from "@tiptap/pm/view";
import { partKind, type PartKind } from "@/lib/content/document";
import {
  allDecorations,
  findPartDecoration,
  partDecoration,
  refreshBlocks,
  shownStale,
  type PartAidSpec,
  type PartPlace,
} from "./aid-decorations";
import { DEFAULT_AID_SETTINGS, type AidSettings } from "./aid-settings";
import { analysePart } from "./analyse-part";
import { typeInHighlightedBlock } from "./type-in-highlights";

export { WE_STATEMENT_HINT, type PartAidSpec } from "./aid-decorations";

export type PreviousSection = { goalId: string; doing: string; needHelp: string; progress: string; dueAt: string };

export type WritingAidsState = {
  settings: AidSettings;
  previous: Map<string, Record<PartKind, string>>;
  decorations: DecorationSet;
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

function withTotals(state: Omit<WritingAidsState, "totalWords" | "weStatements">, places: PartPlace[]): WritingAidsState {
  let totalWords = 0;
  let weStatements = 0;
  for (const { part } of places) {
    const analysis = analysePart(part);
    totalWords += analysis.words;
    weStatements += analysis.weStatements;
  }
  return { ...state, totalWords, weStatements: state.settings.weStatements ? weStatements : 0 };
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

/**
 * Redraws the label aids of `places` whose figures changed. Unless `checkNow`, a part keeps the
 * "like last time" flag it shows: that check waits for a pause in typing.
 */
function replaceParts(set: DecorationSet, doc: ProseMirrorNode, places: PartPlace[], settings: AidSettings, checkNow: boolean) {
  let next = set;
  for (const place of places) {
    const current = findPartDecoration(next, place);
    const decoration = partDecoration(place, settings, checkNow ? undefined : shownStale(next, place));
    if (current && sameAids(current.spec as PartAidSpec, decoration.spec as PartAidSpec)) continue;
    next = next.remove(current ? [current] : []).add(doc, [decoration]);
  }
  return next;
}

const sameAids = (a: PartAidSpec, b: PartAidSpec) => a.aidWords === b.aidWords && a.aidEmpty === b.aidEmpty && a.aidStale === b.aidStale;

function afterTyping(tr: Transaction, value: WritingAidsState): WritingAidsState {
  const ranges = changedRanges(tr);
  const places = partPlaces(tr.doc, value.previous);
  const touched = places.filter(({ start, part }) => ranges.some(({ from, to }) => from <= start + part.nodeSize && to >= start));
  let decorations = value.decorations.map(tr.mapping, tr.doc);
  if (value.settings.weStatements) decorations = refreshBlocks(decorations, tr.doc, ranges);
  decorations = replaceParts(decorations, tr.doc, touched, value.settings, false);
  return withTotals({ ...value, decorations }, places);
}

function apply(tr: Transaction, value: WritingAidsState, _old: EditorState, state: EditorState): WritingAidsState {
  const meta = tr.getMeta(writingAidsKey) as AidsMeta | undefined;
  if (meta?.settings || meta?.previous) {
    const settings = meta.settings ?? value.settings;
    const previous = meta.previous ? previousByGoal(meta.previous) : value.previous;
    const places = partPlaces(state.doc, previous);
    return withTotals({ settings, previous, decorations: allDecorations(state.doc, places, settings) }, places);
  }
  const next = tr.docChanged ? afterTyping(tr, value) : value;
  if (!meta?.recheck) return next;
  const decorations = replaceParts(next.decorations, state.doc, partPlaces(state.doc, next.previous), next.settings, true);
  return decorations === next.decorations ? next : { ...next, decorations };
}

/** Changes which aids show, or what last time's text was; the document itself is untouched. */
export function configureWritingAids(view: { state: EditorState; dispatch: (tr: Transaction) => void }, meta: AidsMeta) {
  view.dispatch(view.state.tr.setMeta(writingAidsKey, meta).setMeta("addToHistory", false));
}

/**
 * Once typing pauses, checks the parts that changed against last time, in a moment the browser is
 * idle: comparing a long part takes long enough to delay a key pressed meanwhile.
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

export const WritingAids = Extension.create({
  name: "writingAids",

  addProseMirrorPlugins() {
    return [
      new Plugin<WritingAidsState>({
        key: writingAidsKey,
        state: {
          init: (_, state) => {
            const places = partPlaces(state.doc, new Map());
            const settings = DEFAULT_AID_SETTINGS;
            return withTotals({ settings, previous: new Map(), decorations: allDecorations(state.doc, places, settings) }, places);
          },
          apply,
        },
        props: {
          decorations: (state) => writingAidsKey.getState(state)?.decorations,
          handleKeyPress: (view, event) => typeInHighlightedBlock(view, event, writingAidsKey.getState(view.state)?.decorations),
        },
        view: recheckWhenIdle,
      }),
    ];
  },
});
