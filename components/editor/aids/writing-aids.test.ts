import { getSchema } from "@tiptap/core";
import { EditorState } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import type { UpdateDocument } from "@/lib/content/document";
import { updateExtensions } from "@/lib/content/extensions";
import { anythingElse, doc, goal, p } from "@/lib/content/test-fixtures";
import { writingAidsKey, writingAidsPlugins, type PartAidSpec } from "./writing-aids";

const schema = getSchema(updateExtensions());

const FIRST = "We moved the importer";
const SECOND = "Our reviews took a day";
const draft = doc(goal("goal-a", "Ship the importer", { doing: [p(FIRST), p(SECOND)], help: [p("Nothing")] }), anythingElse());

function stateOf(document: UpdateDocument): EditorState {
  return EditorState.create({ schema, doc: schema.nodeFromJSON(document), plugins: writingAidsPlugins() });
}

const aids = (state: EditorState) => writingAidsKey.getState(state)!;
const highlighted = (state: EditorState) => aids(state).we.find().map(({ from, to }) => state.doc.textBetween(from, to));
const partWords = (state: EditorState) =>
  aids(state)
    .parts.find()
    .sort((a, b) => a.from - b.from)
    .map((d) => (d.spec as PartAidSpec).aidWords);
const readAgain = (state: EditorState) => state.apply(state.tr.setMeta(writingAidsKey, { recheck: true }));

/** The position just after `text` in the document. */
function after(state: EditorState, text: string): number {
  let found = -1;
  state.doc.descendants((node, pos) => {
    if (node.isText && node.text?.includes(text)) found = pos + node.text.indexOf(text) + text.length;
  });
  return found;
}

describe("writing aids while the author types", () => {
  it("read every \u201cwe\u201d and count every part's words when the editor starts", () => {
    const state = stateOf(draft);
    expect(highlighted(state)).toEqual(["We", "Our"]);
    expect(partWords(state)).toEqual([9, 1, 0, 0]);
    expect(aids(state).totalWords).toBe(10);
  });

  it("step aside from the block typed in, keep the others in place, and come back when the document is read again", () => {
    const before = stateOf(draft);
    const typed = before.apply(before.tr.insertText(" and we tested it", after(before, FIRST)));
    expect(typed.doc.textContent).toContain(`${FIRST} and we tested it`);
    expect(highlighted(typed)).toEqual(["Our"]);
    expect(partWords(typed)).toEqual([9, 1, 0, 0]);

    const read = readAgain(typed);
    expect(highlighted(read)).toEqual(["We", "we", "Our"]);
    expect(partWords(read)).toEqual([13, 1, 0, 0]);
    expect(aids(read).totalWords).toBe(14);
  });

  it("keep the highlights of other blocks on their words as typing moves them", () => {
    const before = stateOf(draft);
    const typed = before.apply(before.tr.insertText("On Monday ", after(before, FIRST) - FIRST.length));
    expect(highlighted(typed)).toEqual(["Our"]);
  });

  it("never change the document: a reading of it adds and removes no word", () => {
    const state = stateOf(draft);
    const typed = state.apply(state.tr.insertText(" we", after(state, SECOND)));
    expect(readAgain(typed).doc.eq(typed.doc)).toBe(true);
  });
});
