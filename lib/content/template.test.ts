import { getSchema } from "@tiptap/core";
import { Node } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { updateExtensions } from "./extensions";
import { parseUpdateDocument } from "./parse-update-document";
import { goalSectionsOf } from "./document";
import { buildTemplate, withAnythingElse } from "./template";
import { anythingElse, doc, goal, p } from "./test-fixtures";

const goals = [
  { id: "goal-a", title: "Ship the billing page" },
  { id: "goal-b", title: "Hire a designer" },
];

describe("buildTemplate", () => {
  it("lays out one section per goal, in the goal list's order, with the three parts", () => {
    const doc = buildTemplate(goals);
    expect(goalSectionsOf(doc).map((section) => section.attrs)).toEqual([
      { goalId: "goal-a", title: "Ship the billing page" },
      { goalId: "goal-b", title: "Hire a designer" },
    ]);
    for (const section of goalSectionsOf(doc)) {
      expect(section.content.map((part) => part.attrs.kind)).toEqual(["doing", "help", "progress"]);
    }
  });

  it("ends with an empty, optional \"Anything else\" after the goals", () => {
    const doc = buildTemplate(goals);
    expect(doc.content.at(-1)).toEqual({ type: "anythingElse", content: [{ type: "paragraph" }] });
  });

  it("starts every part empty: no words are written for the author", () => {
    const doc = buildTemplate(goals);
    for (const part of goalSectionsOf(doc).flatMap((section) => section.content)) {
      expect(part.content).toEqual([{ type: "paragraph" }]);
    }
  });

  it("produces a document the editor loads and the server accepts", () => {
    const doc = buildTemplate(goals);
    expect(() => Node.fromJSON(getSchema(updateExtensions()), doc).check()).not.toThrow();
    expect(parseUpdateDocument(doc)).toEqual(doc);
  });

  it("refuses to build an update without goals", () => {
    expect(() => buildTemplate([])).toThrow(/at least one goal/);
  });

  it("gives an update written before \"Anything else\" existed an empty one, and changes nothing else", () => {
    const old = doc(goal("a", "A", { doing: [p("Kept")] }));
    expect(withAnythingElse(old)).toEqual(doc(goal("a", "A", { doing: [p("Kept")] }), anythingElse()));
    const current = doc(goal("a", "A"), anythingElse(p("Mine")));
    expect(withAnythingElse(current)).toBe(current);
  });
});
