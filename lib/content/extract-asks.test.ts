import { describe, expect, it } from "vitest";
import { extractAsks } from "./extract-asks";
import { anythingElse, doc, goal, li, link, ol, p, quote, text, ul } from "./test-fixtures";

describe("extractAsks", () => {
  it("makes each list item and each paragraph of a goal's help part one ask", () => {
    const asks = extractAsks(
      doc(
        goal("a", "Ship billing", {
          help: [
            p("A decision on ", text("pricing", { type: "bold" })),
            ul(li(p("Budget for a contractor"), ul(li(p("two months")))), li(p("Access to ", link("the logs", "https://logs.example.com")))),
            ol(li(p("An intro to Legal"))),
            quote(p("Someone to own the on-call rota")),
          ],
          doing: [p("Not an ask")],
        }),
      ),
    );
    expect(asks.map((ask) => ask.text)).toEqual([
      "A decision on pricing",
      "Budget for a contractor\n\n- two months",
      "Access to the logs <https://logs.example.com>",
      "An intro to Legal",
      "> Someone to own the on-call rota",
    ]);
    expect(asks.every((ask) => ask.goalId === "a" && ask.goalTitle === "Ship billing")).toBe(true);
  });

  it("finds no asks in empty help parts, empty items or \"Anything else\"", () => {
    const asks = extractAsks(doc(goal("a", "A", { help: [p(), ul(li(p()), li(p("  ")))] }), goal("b", "B"), anythingElse(p("Need a holiday"))));
    expect(asks).toEqual([]);
  });

  it("keeps the goals' order", () => {
    const asks = extractAsks(doc(goal("b", "B", { help: [p("first")] }), goal("a", "A", { help: [p("second")] })));
    expect(asks.map((ask) => [ask.goalId, ask.text])).toEqual([
      ["b", "first"],
      ["a", "second"],
    ]);
  });
});
