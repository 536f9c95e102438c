import { describe, expect, it } from "vitest";
import { indentedListLevel, inlineFormatting, isWordListMarker, wordListLevel, wordListMarker } from "./pasted-formatting";

describe("formatting read from pasted styles", () => {
  it("reads Google Docs' weights: 700 is bold, its wrapper's normal weight is not", () => {
    expect(inlineFormatting("font-size:11pt;font-family:Arial,sans-serif;font-weight:700;font-style:normal").bold).toBe(true);
    expect(inlineFormatting("font-weight:normal;").bold).toBe(false);
    expect(inlineFormatting("font-weight:400").bold).toBe(false);
    expect(inlineFormatting("FONT-WEIGHT: Bold !important").bold).toBe(true);
    expect(inlineFormatting("color:#000000").bold).toBeUndefined();
  });

  it("reads italic and monospace code", () => {
    expect(inlineFormatting("font-style:italic").italic).toBe(true);
    expect(inlineFormatting("font-style:normal").italic).toBe(false);
    expect(inlineFormatting("font-family:'Courier New',monospace").code).toBe(true);
    expect(inlineFormatting("font-family:Arial").code).toBeUndefined();
    expect(inlineFormatting(null)).toEqual({ bold: undefined, italic: undefined, code: undefined });
  });

  it("finds Word's list level and its drawn marker", () => {
    expect(wordListLevel("text-indent:-18.0pt;mso-list:l0 level1 lfo1")).toBe(1);
    expect(wordListLevel("margin-left:72.0pt;mso-list:l1 level3 lfo2")).toBe(3);
    expect(wordListLevel("margin:0cm")).toBeNull();
    expect(isWordListMarker("mso-list:Ignore")).toBe(true);
    expect(isWordListMarker("font-family:Symbol")).toBe(false);
  });

  it("tells numbered Word lists from bulleted ones by their marker", () => {
    expect(wordListMarker("1.\u00a0\u00a0\u00a0")).toEqual({ ordered: true, start: 1 });
    expect(wordListMarker("3)")).toEqual({ ordered: true, start: 3 });
    expect(wordListMarker("b.")).toEqual({ ordered: true, start: null });
    expect(wordListMarker("iv.")).toEqual({ ordered: true, start: null });
    for (const bullet of ["·\u00a0\u00a0", "o", "§", "•", "-", ""]) expect(wordListMarker(bullet).ordered, bullet).toBe(false);
  });

  it("reads Slack's list indents as levels", () => {
    expect(indentedListLevel("0")).toBe(1);
    expect(indentedListLevel("2")).toBe(3);
    expect(indentedListLevel(null)).toBeNull();
    expect(indentedListLevel("x")).toBeNull();
  });
});
