import { getSchema } from "@tiptap/core";
import { Node } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { updateExtensions } from "./extensions";
import { parseUpdateDocument } from "./parse-update-document";
import { buildTemplate } from "./template";

const goals = [
  { id: "goal-a", title: "Ship the billing page" },
  { id: "goal-b", title: "Hire a designer" },
];

describe("buildTemplate", () => {
  it("lays out one section per goal, in the goal list's order, with the three parts", () => {
    const doc = buildTemplate(goals);
    expect(doc.content.map((section) => section.attrs)).toEqual([
      { goalId: "goal-a", title: "Ship the billing page" },
      { goalId: "goal-b", title: "Hire a designer" },
    ]);
    for (const section of doc.content) {
      expect(section.content.map((part) => part.attrs.kind)).toEqual(["doing", "help", "progress"]);
    }
  });

  it("starts every part empty: no words are written for the author", () => {
    const doc = buildTemplate(goals);
    for (const part of doc.content.flatMap((section) => section.content)) {
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
});
