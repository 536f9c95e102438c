import { describe, expect, it } from "vitest";
import { findWeStatements } from "./we-statements";

const words = (text: string) => findWeStatements(text).map((match) => match.word);

describe("findWeStatements", () => {
  it("finds we, our, us, ours, ourselves and the team, whatever the case", () => {
    expect(words("We shipped it. Our plan helped us; it is ours, built by ourselves with The Team.")).toEqual([
      "We",
      "Our",
      "us",
      "ours",
      "ourselves",
      "The Team",
    ]);
  });

  it("gives offsets into the text", () => {
    const text = "Then we shipped it";
    const [match] = findWeStatements(text);
    expect(match).toEqual({ from: 5, to: 7, word: "we" });
    expect(text.slice(match!.from, match!.to)).toBe("we");
  });

  it("counts contractions of we and let's", () => {
    expect(words("We're close, we've tried, we'll see, we’d hoped. Let's go.")).toEqual([
      "We're",
      "we've",
      "we'll",
      "we’d",
      "Let's",
    ]);
  });

  it("leaves words that merely contain them alone", () => {
    expect(words("The wet user went west; teamwork, trust and usual tours, our-ish, US-based")).toEqual([]);
  });

  it("finds them next to punctuation and across a line break in the team", () => {
    expect(words("(we) \"us\" the\nteam.")).toEqual(["we", "us", "the\nteam"]);
  });

  it("finds nothing in an empty text or one written in the first person", () => {
    expect(findWeStatements("")).toEqual([]);
    expect(findWeStatements("I shipped the importer and I need a review.")).toEqual([]);
  });
});
