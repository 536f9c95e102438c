import { describe, expect, it } from "vitest";
import { countWords } from "./word-count";

describe("countWords", () => {
  it("counts nothing in an empty or blank text", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("  \n\t ")).toBe(0);
    expect(countWords("- — ... !")).toBe(0);
  });

  it("counts words separated by spaces, lines and punctuation", () => {
    expect(countWords("Shipped the importer.\nNext: reviews, tests!")).toBe(6);
  });

  it("counts hyphenated and apostrophe words once", () => {
    expect(countWords("A follow-up I don't want, and it’s fine")).toBe(8);
  });

  it("counts words in other scripts and numbers", () => {
    expect(countWords("Réunion über 3 Größen, 42% done")).toBe(6);
    expect(countWords("Привет мир")).toBe(2);
  });
});
