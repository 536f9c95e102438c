import { describe, expect, it } from "vitest";
import { anythingElse, doc, goal, li, p, ul } from "@/lib/content/test-fixtures";
import { compareUpdateCopies } from "./compare-update-copies";

const rows = (mine: Parameters<typeof compareUpdateCopies>[0], saved: Parameters<typeof compareUpdateCopies>[1]) =>
  compareUpdateCopies(mine, saved).map(({ goalTitle, label, mine: ours, saved: theirs, same }) => ({ goalTitle, label, ours, theirs, same }));

describe("compareUpdateCopies", () => {
  it("lines up each goal's three parts and marks the ones whose words differ", () => {
    const mine = doc(goal("g1", "Ship billing", { doing: [p("Wiring Stripe from this tab")], help: [ul(li(p("a review")))] }), goal("g2", "Hire a designer"));
    const saved = doc(goal("g1", "Ship billing", { doing: [p("Wiring Stripe")], help: [ul(li(p("a review")))] }), goal("g2", "Hire a designer"));

    expect(rows(mine, saved)).toEqual([
      { goalTitle: "Ship billing", label: "What I'm doing", ours: "Wiring Stripe from this tab", theirs: "Wiring Stripe", same: false },
      { goalTitle: "Ship billing", label: "Where I need help", ours: "- a review", theirs: "- a review", same: true },
      { goalTitle: "Ship billing", label: "Progress", ours: "", theirs: "", same: true },
      { goalTitle: "Hire a designer", label: "What I'm doing", ours: "", theirs: "", same: true },
      { goalTitle: "Hire a designer", label: "Where I need help", ours: "", theirs: "", same: true },
      { goalTitle: "Hire a designer", label: "Progress", ours: "", theirs: "", same: true },
    ]);
  });

  it("does not call parts different for spaces or blank lines the reader cannot see", () => {
    const mine = doc(goal("g1", "Ship billing", { doing: [p("Wiring Stripe   "), p()] }));
    const saved = doc(goal("g1", "Ship billing", { doing: [p("Wiring Stripe")] }));

    expect(compareUpdateCopies(mine, saved).every((part) => part.same)).toBe(true);
  });

  it("follows the saved copy's order and shows a goal missing from one copy as absent there", () => {
    const mine = doc(goal("g2", "Hire a designer", { progress: [p("Two interviews")] }), goal("g3", "Only in this tab"));
    const saved = doc(goal("g1", "Ship billing"), goal("g2", "Hire a designer"));

    const parts = compareUpdateCopies(mine, saved);
    expect([...new Set(parts.map((part) => part.goalTitle))]).toEqual(["Ship billing", "Hire a designer", "Only in this tab"]);
    expect(parts.find((part) => part.goalId === "g1" && part.kind === "doing")).toMatchObject({ mine: null, saved: "", same: false });
    expect(parts.find((part) => part.goalId === "g3" && part.kind === "doing")).toMatchObject({ mine: "", saved: null, same: false });
    expect(parts.find((part) => part.goalId === "g2" && part.kind === "progress")).toMatchObject({ mine: "Two interviews", saved: "", same: false });
  });

  it("compares \"Anything else\" after the goals, by its own name", () => {
    const mine = doc(goal("g1", "Ship billing"), anythingElse(p("Out on Friday")));
    const saved = doc(goal("g1", "Ship billing"), anythingElse());
    const last = compareUpdateCopies(mine, saved).at(-1);
    expect(last).toMatchObject({ name: "Anything else", mine: "Out on Friday", saved: "", same: false });
    expect(compareUpdateCopies(doc(goal("g1", "A")), doc(goal("g1", "A"))).map((part) => part.name)).toEqual([
      "A › What I'm doing",
      "A › Where I need help",
      "A › Progress",
    ]);
  });
});
