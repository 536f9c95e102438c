import { describe, expect, it } from "vitest";
import { extractAnythingElse, extractGoalSections } from "./extract-sections";
import { anythingElse, doc, goal, li, link, ol, p, text, ul } from "./test-fixtures";

describe("extractGoalSections", () => {
  it("gives each goal's parts as plain text, in the update's order", () => {
    const sections = extractGoalSections(
      doc(
        goal("goal-b", "Hire a designer", {
          doing: [p("Interviews"), ul(li(p("portfolio"), ol(li(p("first")), li(p("second")))), li(p("offer")))],
          help: [p("Need ", link("budget sign-off", "https://example.com/budget"))],
        }),
        goal("goal-a", "Ship billing", { progress: [p(text("Launched", { type: "bold" }))] }),
      ),
    );
    expect(sections).toEqual([
      {
        goalId: "goal-b",
        title: "Hire a designer",
        position: 0,
        status: null,
        doing: "Interviews\n\n- portfolio\n  1. first\n  2. second\n- offer",
        needHelp: "Need budget sign-off <https://example.com/budget>",
        progress: "",
      },
      { goalId: "goal-a", title: "Ship billing", position: 1, status: null, doing: "", needHelp: "", progress: "Launched" },
    ]);
  });

  it("treats parts with only empty paragraphs or empty list items as empty", () => {
    const [section] = extractGoalSections(doc(goal("a", "A", { doing: [p(), p()], help: [ul(li(p()))] })));
    expect(section).toMatchObject({ doing: "", needHelp: "", progress: "" });
  });

  it("gives the status the author chose, and none for a document from before statuses", () => {
    const sections = extractGoalSections(doc(goal("a", "A", {}, "AT_RISK"), goal("b", "B", {}, null), goal("c", "C")));
    expect(sections.map((section) => section.status)).toEqual(["AT_RISK", null, null]);
  });

  it("counts a goal once if it appears twice", () => {
    const sections = extractGoalSections(doc(goal("a", "A", { doing: [p("first")] }), goal("a", "A again")));
    expect(sections).toHaveLength(1);
    expect(sections[0]!.doing).toBe("first");
  });
});

describe("extractAnythingElse", () => {
  it("gives the text after the goals, which no goal section includes", () => {
    const update = doc(goal("a", "A", { doing: [p("Goal work")] }), anythingElse(p("Off on the 12th"), ul(li(p("back on the 19th")))));
    expect(extractAnythingElse(update)).toBe("Off on the 12th\n\n- back on the 19th");
    expect(extractGoalSections(update).map((section) => section.doing)).toEqual(["Goal work"]);
  });

  it("is empty when the section is missing or left blank", () => {
    expect(extractAnythingElse(doc(goal("a", "A")))).toBe("");
    expect(extractAnythingElse(doc(goal("a", "A"), anythingElse()))).toBe("");
  });
});
