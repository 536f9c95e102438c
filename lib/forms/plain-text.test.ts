import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formValues } from "./form-state";
import { plainText, plainTextReviver } from "./plain-text";

describe("plain text", () => {
  it("drops what cannot be typed and keeps the author's tabs and line breaks", () => {
    expect(plainText("a\u0000b\u001bc\u007fd\u0085e")).toBe("abcde");
    expect(plainText("line one\r\n\tline two")).toBe("line one\r\n\tline two");
    expect(plainText("lone \ud800 and \udfff, pair \ud83d\ude00")).toBe("lone \ufffd and \ufffd, pair \ud83d\ude00");
  });

  it("leaves nothing PostgreSQL refuses, whatever arrives", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (value) => {
        const plain = plainText(value);
        expect(plain).not.toContain("\u0000");
        expect(Buffer.from(plain, "utf8").toString("utf8")).toBe(plain);
        expect(plainText(plain)).toBe(plain);
      }),
    );
  });

  it("is applied to every form value and every string of a saved document", () => {
    const form = new FormData();
    form.append("title", "Ship\u0000 it\ud800");
    form.append("$ACTION_ID_x", "");
    expect(formValues(form)).toEqual({ title: "Ship it\ufffd" });
    expect(JSON.parse('{"text":"a\\u0000b","deep":[{"t":"\\ud800"}]}', plainTextReviver)).toEqual({ text: "ab", deep: [{ t: "\ufffd" }] });
  });
});
