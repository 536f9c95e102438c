import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { goalSectionsOf, type GoalSectionNode, type UpdateDocument } from "./document";
import { MAX_NODE_DEPTH, parseUpdateDocument } from "./parse-update-document";
import { anythingElse, doc, goal, li, link, p, quote, text, ul } from "./test-fixtures";

const valid = doc(
  goal("goal-a", "Ship the billing page", {
    doing: [p("Wiring ", text("Stripe", { type: "bold" })), ul(li(p("webhooks")), li(p("invoices")))],
    help: [p("Need ", link("the API docs", "https://example.com/docs"), " reviewed")],
    progress: [quote(p("Done: ", link("ana@example.com", "mailto:ana@example.com")))],
  }),
);

/** Deep copy with a change made at a spot, so each case shows exactly what it breaks. */
function altered(change: (copy: { type: "doc"; content: GoalSectionNode[] }) => void): unknown {
  const copy = structuredClone(valid) as { type: "doc"; content: GoalSectionNode[] };
  change(copy);
  return copy;
}

function rejection(input: unknown): AppError {
  try {
    parseUpdateDocument(input);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the document to be refused");
}

describe("parseUpdateDocument", () => {
  it("accepts what the editor produces, unchanged", () => {
    expect(parseUpdateDocument(valid)).toEqual(valid);
  });

  it("keeps the status the author chose, and opens documents saved before statuses existed", () => {
    const withStatus = altered((copy) => (copy.content[0]!.attrs.status = "OFF_TRACK"));
    expect(goalSectionsOf(parseUpdateDocument(withStatus))[0]!.attrs.status).toBe("OFF_TRACK");
    const unset = altered((copy) => (copy.content[0]!.attrs.status = null));
    expect(goalSectionsOf(parseUpdateDocument(unset))[0]!.attrs.status).toBeNull();
    expect(goalSectionsOf(parseUpdateDocument(valid))[0]!.attrs.status).toBeUndefined();
  });

  it("refuses a status that is not one of the three", () => {
    for (const status of ["DONE", "on track", 1, ""]) {
      const error = rejection(altered((copy) => Object.assign(copy.content[0]!.attrs, { status })));
      expect(error.message, String(status)).toContain("on track, at risk, off track or not set");
    }
  });

  it("refuses javascript: and other non-web links, whatever their spelling", () => {
    for (const href of ["javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "data:text/html,x", "/relative", "//evil.example"]) {
      const input = altered((copy) => {
        copy.content[0]!.content[1].content = [p(link("docs", href))];
      });
      const error = rejection(input);
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.message).toMatch(/http:\/\/, https:\/\/ or mailto:/);
      expect(error.message).toMatch(/goal 1, "Where I need help"/);
    }
  });

  it("refuses raw HTML nodes, images and other unknown content", () => {
    for (const type of ["html", "image", "heading", "iframe"]) {
      const input = altered((copy) => {
        copy.content[0]!.content[0].content = [{ type, content: [text("<script>alert(1)</script>")] } as never];
      });
      expect(rejection(input).message).toMatch(/Only paragraphs, lists, quotes and code blocks/);
    }
  });

  it("refuses event handlers and other unknown attributes", () => {
    const input = altered((copy) => {
      (copy.content[0]!.content[0].content[0] as { attrs?: unknown }).attrs = { onclick: "alert(1)" };
    });
    const message = rejection(input).message;
    expect(message).toMatch(/Unknown fields are not allowed/);
    expect(message).not.toMatch(/onclick|alert/);
  });

  it("refuses marks the editor does not offer", () => {
    const input = altered((copy) => {
      copy.content[0]!.content[0].content = [p(text("x", { type: "strike" } as never))];
    });
    expect(rejection(input).message).toMatch(/Only bold, italic, code and links/);
  });

  it("keeps the three parts of each goal, in order", () => {
    const swapped = altered((copy) => {
      const [doing, help, progress] = copy.content[0]!.content;
      copy.content[0]!.content = [help, doing, progress];
    });
    expect(rejection(swapped).message).toMatch(/doing, need help, progress/);
    const missing = altered((copy) => {
      (copy.content[0]!.content as unknown[]).pop();
    });
    expect(rejection(missing).message).toMatch(/exactly three parts/);
  });

  it("refuses an update without goals, or with the same goal twice", () => {
    expect(rejection({ type: "doc", content: [] }).message).toMatch(/at least one goal/);
    expect(rejection(doc(goal("same", "A"), goal("same", "B"))).message).toMatch(/only once/);
  });

  it("refuses content that breaks the editor's rules even when each node looks fine", () => {
    // A list item must start with a paragraph.
    const input = altered((copy) => {
      copy.content[0]!.content[0].content = [ul(li(ul(li(p("x")))))];
    });
    expect(rejection(input).message).toMatch(/does not fit the editor/);
  });

  it("refuses documents over 1 MB", () => {
    const input = altered((copy) => {
      copy.content[0]!.content[0].content = [p("x".repeat(1_000_001))];
    });
    expect(rejection(input).message).toMatch(/longer than 1 MB/);
  });

  it("refuses hostile nesting without exhausting the stack", () => {
    let block = p("deep");
    for (let i = 0; i < 10_000; i += 1) block = quote(block);
    const input = altered((copy) => {
      copy.content[0]!.content[0].content = [block];
    });
    expect(rejection(input).message).toMatch(/nested too deeply/);
    let fine = p("ok");
    for (let i = 0; i < MAX_NODE_DEPTH - 6; i += 1) fine = quote(fine);
    expect(() => parseUpdateDocument(altered((copy) => void (copy.content[0]!.content[0].content = [fine])))).not.toThrow();
  });

  it("refuses things that are not documents at all", () => {
    for (const input of [null, "<p>hi</p>", 42, [], { type: "doc" }]) {
      expect(rejection(input).code).toBe("INVALID_INPUT");
    }
  });

  it("accepts an \"Anything else\" after the goals, and nowhere else", () => {
    const [first] = valid.content;
    const withNote = doc(first!, anythingElse(p("Out on Friday")));
    expect(parseUpdateDocument(withNote)).toEqual(withNote);
    expect(rejection(doc(anythingElse(p("x")), first!)).message).toMatch(/comes once, after the goals/);
    expect(rejection(doc(first!, anythingElse(p("x")), anythingElse(p("y")))).message).toMatch(/comes once, after the goals/);
    expect(rejection(doc(anythingElse(p("only this")))).message).toMatch(/at least one goal/);
  });
});

describe("parseUpdateDocument on documents sent past the editor", () => {
  const withDoing = (...blocks: unknown[]) =>
    altered((copy) => {
      copy.content[0]!.content[0].content = blocks as never;
    });
  const doing = (parsed: UpdateDocument) => goalSectionsOf(parsed)[0]!.content[0].content;

  it("keeps a link's address and title but never a class, a window name or another rel", () => {
    const hostile = { type: "link", attrs: { href: "https://example.com", class: "fixed inset-0", target: "_top", rel: "opener", title: "Plan" } };
    const parsed = parseUpdateDocument(withDoing({ type: "paragraph", content: [{ type: "text", text: "plan", marks: [hostile] }] }));
    expect(doing(parsed)).toEqual([
      p(text("plan", { type: "link", attrs: { href: "https://example.com", class: null, target: null, rel: "noopener noreferrer nofollow", title: "Plan" } })),
    ]);
  });

  it("keeps the link attributes the editor itself writes", () => {
    const attrs = { href: "https://example.com", target: "_blank", rel: "noopener noreferrer nofollow", class: null, title: null };
    const input = withDoing(p(text("plan", { type: "link", attrs })));
    expect(parseUpdateDocument(input)).toEqual(input);
  });

  it("drops code languages and list numbering that are not plain names", () => {
    const parsed = parseUpdateDocument(
      withDoing(
        { type: "codeBlock", attrs: { language: 'x" onmouseover="alert(1)' }, content: [text("npm test")] },
        { type: "codeBlock", attrs: { language: "ts" }, content: [text("let a = 1")] },
        { type: "orderedList", attrs: { start: 1, type: "x onc" }, content: [li(p("one"))] },
        { type: "orderedList", attrs: { start: 1, type: "a" }, content: [li(p("one"))] },
      ),
    );
    expect(JSON.stringify(parsed)).not.toMatch(/onmouseover|onc/);
    expect(doing(parsed).map((block) => ("attrs" in block ? block.attrs : undefined))).toEqual([
      { language: null },
      { language: "ts" },
      { start: 1, type: null },
      { start: 1, type: "a" },
    ]);
  });

  it("refuses event handlers wherever they are put", () => {
    const spots: Array<(copy: { type: "doc"; content: GoalSectionNode[] }) => void> = [
      (copy) => void ((copy.content[0]! as { attrs: object }).attrs = { goalId: "goal-a", title: "T", onclick: "x()" }),
      (copy) => void ((copy.content[0]!.content[0] as { attrs: object }).attrs = { kind: "doing", onmouseover: "x()" }),
      (copy) => void (copy.content[0]!.content[0].content = [p(text("x", { type: "link", attrs: { href: "https://a.example", onclick: "x()" } } as never))]),
      (copy) => void (copy.content[0]!.content[0].content = [p({ type: "text", text: "x", onclick: "x()" } as never)]),
    ];
    for (const spot of spots) expect(rejection(altered(spot)).message).toMatch(/Unknown fields are not allowed/);
  });
});
