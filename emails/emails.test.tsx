import { describe, expect, it } from "vitest";
import { renderSignInEmailHtml, renderSignInEmailText } from "./sign-in-email";
import { renderUpdateEmailHtml, renderUpdateEmailText } from "./update-email";

describe("the update email", () => {
  const props = {
    authorName: "Ada Lovelace",
    dueLabel: "27 Nov 2026",
    bodyHtml: '<section style="margin:0"><h2 style="font-size:18px">Analytical engine</h2><p>The mill turns.</p></section>',
  };

  it("carries the author's words unchanged, with who wrote it and when it was due", async () => {
    const html = await renderUpdateEmailHtml(props);
    expect(html).toContain(props.bodyHtml);
    expect(html).toContain("27 Nov 2026");
    expect(html).toContain("Written by Ada Lovelace and sent with Biweekly.");
  });

  it("keeps its layout in inline styles, with no stylesheet or media query", async () => {
    const html = await renderUpdateEmailHtml(props);
    expect(html).not.toMatch(/@media/);
    expect(html).not.toMatch(/<style/);
  });

  it("has a plain-text body with a header, the text and the footer", () => {
    const text = renderUpdateEmailText({ authorName: "Ada Lovelace", dueLabel: "27 Nov 2026", bodyText: "Analytical engine\n\nThe mill turns.\n" });
    expect(text).toBe(
      "Biweekly update from Ada Lovelace\n27 Nov 2026\n\nAnalytical engine\n\nThe mill turns.\n\n-- \n" +
        "Written by Ada Lovelace and sent with Biweekly. Reply to this email to answer Ada Lovelace directly.\n",
    );
  });
});

describe("the sign-in email", () => {
  const url = "http://localhost:3000/signin/confirm?token=abc&email=ada%40example.com";

  it("offers the link as a button and as text, says when it expires and what to do if unasked", async () => {
    const html = await renderSignInEmailHtml({ url });
    const escaped = url.replaceAll("&", "&amp;");
    expect(html.split(`href="${escaped}"`)).toHaveLength(3);
    expect(html).toContain(`>${escaped}</a>`);
    expect(html).toContain("expires in 10 minutes");
    expect(html).toContain("If you didn&#x27;t ask to sign in, ignore this email");
    expect(html).not.toMatch(/@media/);

    const text = renderSignInEmailText({ url });
    expect(text).toContain(`\n${url}\n`);
    expect(text).toContain("expires in 10 minutes");
  });
});
