import { describe, expect, it } from "vitest";
import { renderDocumentHtml, renderDraftHtml } from "./render-html";
import { anythingElse, doc, goal, li, link, ol, p, quote, text, ul } from "./test-fixtures";

const update = doc(
  goal("goal-a", "Ship <billing> & invoices", {
    doing: [p("Wiring <script>alert(1)</script> ", text("Stripe", { type: "bold" })), ul(li(p("webhooks")))],
    progress: [ol(li(p("one"))), quote(p("see ", link("the docs", "https://example.com/a?b=1&c=2")))],
  }),
  goal("goal-b", "Hire a designer", { doing: [p("Interviews")] }),
);

describe("renderDocumentHtml", () => {
  it("shows each goal's title, its owner and the three labelled parts", () => {
    const html = renderDocumentHtml(update, { ownerName: "Ana Ruiz" });
    expect(html).toContain("<h2>Ship &lt;billing&gt; &amp; invoices</h2><p data-goal-owner>Owner: Ana Ruiz</p>");
    expect(html).toContain("<h2>Hire a designer</h2><p data-goal-owner>Owner: Ana Ruiz</p>");
    expect(html.match(/<h3>What I'm doing<\/h3>/g)).toHaveLength(2);
    expect(html.match(/<h3>Where I need help<\/h3>/g)).toHaveLength(2);
    expect(html.match(/<h3>Progress<\/h3>/g)).toHaveLength(2);
    expect(html).toContain('<section data-goal-section data-goal-id="goal-a">');
    expect(html).toContain('<div data-goal-part="help">');
  });

  it("says how each goal is going right after its owner, and nothing when the author left it unset", () => {
    const html = renderDocumentHtml(doc(goal("a", "Billing", {}, "AT_RISK"), goal("b", "Hiring", {}, null)), { ownerName: "Ana" });
    expect(html).toContain("<h2>Billing</h2><p data-goal-owner>Owner: Ana</p><p data-goal-status=\"AT_RISK\">Status: At risk</p>");
    expect(html).toContain("<h2>Hiring</h2><p data-goal-owner>Owner: Ana</p><div data-goal-parts>");
    const styled = renderDocumentHtml(doc(goal("a", "Billing", {}, "OFF_TRACK")), { ownerName: "Ana", inlineStyles: true });
    expect(styled).toMatch(/<p data-goal-status="OFF_TRACK" style="[^"]*color:#b91c1c[^"]*">Status: Off track<\/p>/);
  });

  it("names the new owner of a goal handed over since the update was begun", () => {
    const html = renderDocumentHtml(doc(goal("a", "Billing"), goal("b", "Hiring")), { ownerName: "Ana", otherOwners: { b: "Sam <3>" } });
    expect(html).toContain("<h2>Billing</h2><p data-goal-owner>Owner: Ana</p>");
    expect(html).toContain("<h2>Hiring</h2><p data-goal-owner>Owner: Sam &lt;3&gt;</p>");
  });

  it("escapes the author's text instead of running it", () => {
    const html = renderDocumentHtml(update, { ownerName: "Ana <img src=x onerror=alert(1)>" });
    expect(html).toContain("Wiring &lt;script&gt;alert(1)&lt;/script&gt; <strong>Stripe</strong>");
    expect(html).toContain("Owner: Ana &lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toMatch(/<script|<img|<[^>]*onerror/i);
  });

  it("keeps lists, quotes and safe links", () => {
    const html = renderDocumentHtml(update, { ownerName: "Ana" });
    expect(html).toContain("<ul><li><p>webhooks</p></li></ul>");
    expect(html).toContain('<ol><li><p>one</p></li></ol>');
    expect(html).toContain(
      '<blockquote><p>see <a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer nofollow" target="_blank">the docs</a></p></blockquote>',
    );
  });

  it("never writes a javascript: link, even if one reached the renderer", () => {
    const hostile = doc(goal("g", "G", { doing: [p(link("click", "javascript:alert(1)")), p(link("x", "JAVASCRIPT:alert(1)"))] }));
    const html = renderDocumentHtml(hostile, { ownerName: "Ana" });
    expect(html).not.toMatch(/javascript/i);
    expect(html).toContain("<a>click</a>");
  });

  it("marks a part left empty, so the reader sees it was not lost", () => {
    const html = renderDocumentHtml(update, { ownerName: "Ana" });
    expect(html).toContain('<h3>Where I need help</h3><div data-part-content><p data-empty-part>(nothing this time)</p></div>');
    expect(html).not.toContain("<p></p>");
  });

  it("writes simple inline styles for email clients: no classes, no style sheet", () => {
    const html = renderDocumentHtml(update, { ownerName: "Ana", inlineStyles: true });
    expect(html).toMatch(/<h2 style="[^"]*font-size:18px[^"]*">Ship/);
    expect(html).toMatch(/<p data-goal-owner style="[^"]*color:#71717a[^"]*">Owner: Ana<\/p>/);
    expect(html).toMatch(/<p data-empty-part style="[^"]*font-style:italic[^"]*">\(nothing this time\)<\/p>/);
    expect(html).toMatch(/<a href="https:\/\/example.com\/a\?b=1&amp;c=2"[^>]* style="color:#4f46e5/);
    expect(html).not.toMatch(/class=|<style|@media/);
  });

  it("gives the same words with or without inline styles", () => {
    const plain = renderDocumentHtml(update, { ownerName: "Ana" });
    const styled = renderDocumentHtml(update, { ownerName: "Ana", inlineStyles: true });
    expect(styled.replace(/ style="[^"]*"/g, "")).toBe(plain);
  });
});

describe("renderDocumentHtml with \"Anything else\"", () => {
  it("shows it after the goals when the author wrote in it", () => {
    const html = renderDocumentHtml(doc(goal("a", "A"), anythingElse(p("Off on the 12th"))), { ownerName: "Ana" });
    expect(html).toMatch(/<\/section><section data-anything-else><h2>Anything else<\/h2><div data-part-content><p>Off on the 12th<\/p><\/div><\/section>$/);
  });

  it("leaves it out when it is blank", () => {
    const html = renderDocumentHtml(doc(goal("a", "A"), anythingElse(p(), p(" "))), { ownerName: "Ana" });
    expect(html).not.toContain("Anything else");
  });
});

describe("renderDocumentHtml on a document that never went through the editor", () => {
  const hostile = {
    type: "doc",
    content: [
      {
        type: "goalSection",
        attrs: { goalId: "g", title: "G", onclick: "steal()" },
        content: [
          {
            type: "goalPart",
            attrs: { kind: "doing", style: "display:none" },
            content: [
              {
                type: "paragraph",
                attrs: { onclick: "steal()", class: "evil", id: "x" },
                content: [
                  text("Plan ", { type: "bold" }),
                  { type: "text", text: "here", marks: [{ type: "link", attrs: { href: "https://example.com", class: "evil", target: "_top", onclick: "steal()" } }] },
                ],
              },
              { type: "codeBlock", attrs: { language: 'x" onmouseover="steal()' }, content: [text("npm test")] },
            ],
          },
          { type: "goalPart", attrs: { kind: "help" }, content: [p()] },
          { type: "goalPart", attrs: { kind: "progress" }, content: [p()] },
        ],
      },
    ],
  };

  it("writes no event handler, class, id or foreign style, with or without inline styles", () => {
    for (const inlineStyles of [false, true]) {
      const html = renderDocumentHtml(hostile as never, { ownerName: "Ana", inlineStyles });
      expect(html).toContain("<strong");
      expect(html).toMatch(/<a href="https:\/\/example.com" rel="noopener noreferrer nofollow" target="_blank"/);
      expect(html).toContain("npm test");
      expect(html).not.toMatch(/\son\w+=|steal|class=|\sid=|_top|display:none|evil/i);
    }
  });

  it("refuses marks and nodes the editor does not know instead of writing them", () => {
    const withMark = structuredClone(hostile);
    withMark.content[0]!.content[0]!.content[0] = p(text("x", { type: "script" } as never));
    expect(() => renderDocumentHtml(withMark as never, { ownerName: "Ana" })).toThrow();
    const withNode = structuredClone(hostile);
    withNode.content[0]!.content[0]!.content.push({ type: "iframe", attrs: { src: "https://evil.example" } } as never);
    expect(() => renderDocumentHtml(withNode as never, { ownerName: "Ana" })).toThrow();
  });
});

describe("renderDraftHtml", () => {
  it("shows the draft's titles, labels and words as the editor lays them out, sanitised", () => {
    const html = renderDraftHtml(doc(goal("a", "Ship <it>", { doing: [p("Wiring <script>x</script>")] }), anythingElse(p("Off Friday"))));
    expect(html).toContain("<section data-goal-section data-goal-id=\"a\"><h2>Ship &lt;it&gt;</h2><div data-goal-parts>");
    expect(html).toContain('<div data-goal-part="doing"><h3>What I\'m doing</h3><div data-part-content><p>Wiring &lt;script&gt;x&lt;/script&gt;</p></div>');
    expect(html).toContain("<section data-anything-else><h2>Anything else</h2><div data-part-content><p>Off Friday</p></div>");
    expect(html).not.toMatch(/Owner:|nothing this time|<script|data-goal-title/);
  });

  it("keeps every paragraph, empty ones too, so a place in the draft is a place in the document", () => {
    const html = renderDraftHtml(doc(goal("a", "Ship", { doing: [p("one"), { type: "paragraph" }, p("two")] as never })));
    expect(html).toContain("<div data-part-content><p>one</p><p><br /></p><p>two</p></div>");
    expect(html).toContain('<div data-goal-part="help"><h3>');
  });

  it("takes links out of the tab order and keeps only safe ones", () => {
    const link = { type: "text", text: "spec", marks: [{ type: "link", attrs: { href: "https://example.com/spec" } }] } as never;
    const html = renderDraftHtml(doc(goal("a", "Ship", { doing: [{ type: "paragraph", content: [link] }] })) as never);
    expect(html).toMatch(/<a href="https:\/\/example.com\/spec" rel="noopener noreferrer nofollow" target="_blank" tabindex="-1">spec<\/a>/);
  });
});
