import { describe, expect, it } from "vitest";
import { searchTerms } from "./search-terms";
import { snippetParts } from "./snippet";

const joined = (parts: { text: string }[]) => parts.map((part) => part.text).join("");

describe("snippetParts", () => {
  it("marks whole words only, whatever their case or accents", () => {
    const parts = snippetParts("Café opening: the CAFE crew and cafeteria", searchTerms("cafe"));
    expect(parts.filter((part) => part.hit).map((part) => part.text)).toEqual(["Café", "CAFE"]);
  });

  it("keeps the author's markup-looking text as plain text, never as a hit", () => {
    const parts = snippetParts('Fixed <script>alert("x")</script> in the form & the ledger', ["ledger", "script"]);
    expect(joined(parts)).toBe('Fixed <script>alert("x")</script> in the form & the ledger');
    expect(parts.filter((part) => part.hit).map((part) => part.text)).toEqual(["script", "script", "ledger"]);
  });

  it("shows the text around a hit deep in a long update, cut at words", () => {
    const body = `${"filler words here ".repeat(40)}the migration finished ${"and more words ".repeat(40)}`;
    const parts = snippetParts(body, ["migration"]);
    expect(parts[0]).toEqual({ text: "… ", hit: false });
    expect(parts.at(-1)).toEqual({ text: " …", hit: false });
    expect(joined(parts).length).toBeLessThan(180);
    expect(parts.some((part) => part.hit && part.text === "migration")).toBe(true);
  });
});

describe("searchTerms", () => {
  it("keeps letters and digits only, so query syntax typed by the author is just text", () => {
    expect(searchTerms('"NEAR(a b)" OR ledger* -p95')).toEqual(["near", "a", "b", "or", "ledger", "p95"]);
  });
});
