import { describe, expect, it } from "vitest";
import { documentWordCount } from "./document-word-count";

describe("documentWordCount", () => {
  it("counts each paragraph on its own and a line break as a space", () => {
    const doc = {
      type: "doc",
      content: [
        {
          type: "goalSection",
          attrs: { goalId: "g", title: "Ship the billing page" },
          content: [
            { type: "goalPart", content: [{ type: "paragraph", content: [{ type: "text", text: "one two" }, { type: "hardBreak" }, { type: "text", text: "three" }] }] },
            { type: "goalPart", content: [{ type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "four" }] }] }] }] },
            { type: "goalPart", content: [{ type: "paragraph" }] },
          ],
        },
      ],
    };
    expect(documentWordCount(doc)).toBe(4);
  });
});
