import { describe, expect, it } from "vitest";
import { renderDocumentText } from "./render-text";
import { anythingElse, doc, goal, li, link, ol, p, quote, text, ul } from "./test-fixtures";

describe("renderDocumentText", () => {
  it("reads like the email: title, owner, labelled parts, lists, quotes and links", () => {
    const update = doc(
      goal("goal-a", "Ship billing", {
        doing: [
          p("Wiring ", text("Stripe", { type: "bold" }), " and ", link("the docs", "https://example.com/docs")),
          ul(li(p("webhooks"), ul(li(p("retries")))), li(p("invoices"))),
        ],
        help: [ol(li(p("a review")), li(p("a budget"))), p("Ask ", link("ana@example.com", "mailto:ana@example.com"))],
        progress: [quote(p("Customer said yes"), p("twice"))],
      }),
    );
    expect(renderDocumentText(update, { ownerName: "Ana Ruiz" })).toBe(
      [
        "Ship billing",
        "============",
        "Owner: Ana Ruiz",
        "",
        "What I'm doing",
        "Wiring Stripe and the docs <https://example.com/docs>",
        "",
        "- webhooks",
        "  - retries",
        "- invoices",
        "",
        "Where I need help",
        "1. a review",
        "2. a budget",
        "",
        "Ask ana@example.com",
        "",
        "Progress",
        "> Customer said yes",
        ">",
        "> twice",
        "",
      ].join("\n"),
    );
  });

  it("gives each goal's status under its owner when the author set one", () => {
    const output = renderDocumentText(doc(goal("a", "Billing", {}, "ON_TRACK"), goal("b", "Hiring")), { ownerName: "Ana" });
    expect(output).toContain("Billing\n=======\nOwner: Ana\nStatus: On track\n\nWhat I'm doing");
    expect(output).toContain("Hiring\n======\nOwner: Ana\n\nWhat I'm doing");
  });

  it("names the new owner of a goal handed over since the update was begun", () => {
    const output = renderDocumentText(doc(goal("a", "Billing"), goal("b", "Hiring")), { ownerName: "Ana", otherOwners: { b: "Sam" } });
    expect(output).toContain("Billing\n=======\nOwner: Ana\n");
    expect(output).toContain("Hiring\n======\nOwner: Sam\n");
  });

  it("says when a part was left empty and separates goals", () => {
    const output = renderDocumentText(doc(goal("a", "First"), goal("b", "Second", { doing: [p("x")] })), { ownerName: "Ana" });
    expect(output).toContain("Where I need help\n(nothing this time)");
    expect(output).toContain("Progress\n(nothing this time)\n\n\nSecond\n======\nOwner: Ana");
  });

  it("keeps a link's address once, even when part of the link is bold", () => {
    const output = renderDocumentText(
      doc(goal("a", "A", { doing: [p(link("the ", "https://x.example"), text("plan", { type: "link", attrs: { href: "https://x.example" } }, { type: "bold" }))] })),
      { ownerName: "Ana" },
    );
    expect(output).toContain("the plan <https://x.example>");
  });
});

describe("renderDocumentText with \"Anything else\"", () => {
  it("ends with it when the author wrote in it, and leaves it out when blank", () => {
    const written = renderDocumentText(doc(goal("a", "A"), anythingElse(p("Off on the 12th"))), { ownerName: "Ana" });
    expect(written.endsWith("\n\n\nAnything else\n=============\n\nOff on the 12th\n")).toBe(true);
    expect(renderDocumentText(doc(goal("a", "A"), anythingElse()), { ownerName: "Ana" })).not.toContain("Anything else");
  });
});
