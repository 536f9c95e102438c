import { describe, expect, it } from "vitest";
import { renderSkipNoteEmailHtml, renderSkipNoteEmailText } from "./skip-note-email";

const props = { authorName: "Ada Lovelace", dueLabel: "27 Nov 2026", note: "Off until 7 Dec; back next cycle." };

describe("the skip note email", () => {
  it("carries the author's line and only the facts around it", async () => {
    const html = await renderSkipNoteEmailHtml(props);
    expect(html).toContain("Off until 7 Dec; back next cycle.");
    expect(html).toContain("Ada Lovelace is skipping the biweekly update due 27 Nov 2026");
    expect(html).not.toMatch(/@media|<style/);
  });

  it("shows markup in the note as the characters the author typed", async () => {
    const html = await renderSkipNoteEmailHtml({ ...props, note: "<b>back</b> & rested" });
    expect(html).toContain("&lt;b&gt;back&lt;/b&gt; &amp; rested");
    expect(html).not.toContain("<b>back</b>");
  });

  it("has a plain-text body with the line verbatim", () => {
    expect(renderSkipNoteEmailText(props)).toBe(
      "No update from Ada Lovelace this cycle\n27 Nov 2026\n\nOff until 7 Dec; back next cycle.\n\n-- \n" +
        "Ada Lovelace is skipping the biweekly update due 27 Nov 2026; the next one follows on the usual schedule. " +
        "Sent with Biweekly. Reply to this email to answer Ada Lovelace directly.\n",
    );
  });
});
