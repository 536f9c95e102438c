import { describe, expect, it } from "vitest";
import { sameDocument } from "./same-document";
import { doc, goal, p } from "./test-fixtures";

describe("sameDocument", () => {
  it("ignores key order, as a database may return it", () => {
    const stored = JSON.parse('{"content":[{"content":[],"attrs":{"title":"A","goalId":"g"},"type":"goalSection"}],"type":"doc"}');
    expect(sameDocument(stored, { type: "doc", content: [{ type: "goalSection", attrs: { goalId: "g", title: "A" }, content: [] }] })).toBe(true);
  });

  it("notices any change in the words", () => {
    expect(sameDocument(doc(goal("g", "A", { doing: [p("one")] })), doc(goal("g", "A", { doing: [p("one.")] })))).toBe(false);
  });
});
