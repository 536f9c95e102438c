import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { escapeMarkdown, inlineCode } from "./escape-markdown";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** What a reader sees once the Markdown is rendered: the paragraph's text. */
function shown(markdown: string): string {
  const html = marked.parse(markdown, { async: false }).trim();
  return html.replace(/^<p>|<\/p>$/g, "").replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);
}

describe("escapeMarkdown", () => {
  it.each([
    "# not a heading",
    "1. not a list",
    "2) nor this",
    "- nor this",
    "+ nor this",
    "> not a quote",
    "*stars* and _underscores_ and __double__",
    "[not](a link) and ![nor](an image)",
    "<b>not html</b> &amp; not an entity",
    "a \\ backslash and `ticks`",
    "pipes | and ~tildes~",
    "a=b and 3 * 4 = 12",
  ])("shows %j exactly as written", (text) => {
    expect(shown(escapeMarkdown(text))).toBe(text);
  });

  it("keeps a rule or an underline as text", () => {
    expect(shown(`line\n${escapeMarkdown("---")}`)).toBe("line\n---");
    expect(shown(`line\n${escapeMarkdown("===")}`)).toBe("line\n===");
  });
});

describe("inlineCode", () => {
  it("shows code with backticks in it exactly", () => {
    expect(shown(inlineCode("a `b` c"))).toBe("<code>a `b` c</code>");
    expect(shown(inlineCode("`edge`"))).toBe("<code>`edge`</code>");
  });
});
