import { describe, expect, it } from "vitest";
import { MAX_ARGUMENT_DEPTH, undecodableReply } from "./action-reply";

const form = (parts: Record<string, string | Blob>) => new Map(Object.entries(parts));

describe("undecodableReply", () => {
  it("accepts what React's client sends for this app's forms", () => {
    // useActionState: the previous state, then the FormData whose fields are "_1_<name>".
    expect(undecodableReply(form({ _1_title: "A goal", _1_description: "", "0": '[{},"$K1"]' }))).toBeNull();
    expect(undecodableReply(form({ "0": '["goal-id",3,{"ok":false,"message":"$$5 off"},"$K1"]', _1_intent: "send" }))).toBeNull();
    // A form with no fields at all is an empty FormData, not an error.
    expect(undecodableReply(form({ "0": '[{},"$K1"]' }))).toBeNull();
    // Arguments without a FormData travel as plain text.
    expect(undecodableReply('["not-a-real-token"]')).toBeNull();
    expect(undecodableReply('[null,"$u","$I","$-0","$NaN","$D2026-11-21T00:00:00.000Z","$n12","$T"]')).toBeNull();
  });

  it("accepts references to parts that are there: outlined values, promises, maps, files", () => {
    expect(undecodableReply(form({ "1": '{"a":[1,2]}', "0": '["$1","$1:a:0","$@1","$Q1"]' }))).toBeNull();
    expect(undecodableReply(form({ "10": '{"x":1}', "0": '["$a"]' })), "ids are hexadecimal").toBeNull();
    expect(undecodableReply(form({ "2": new Blob(["abcd"]), "0": '["$B2","$o2"]' }))).toBeNull();
    expect(undecodableReply(form({ "0": '["$0"]' })), "a list holding itself").toBeNull();
  });

  it("reads a part once however often it is referenced", () => {
    const references = JSON.stringify(Array.from({ length: 50_000 }, () => "$1:a"));
    const start = performance.now();
    expect(undecodableReply(form({ "1": JSON.stringify({ a: "x".repeat(500_000) }), "0": references }))).toBeNull();
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it("refuses arguments React cannot decode", () => {
    expect(undecodableReply(form({ "0": "{not json" }))).toBe("part 0 is not JSON");
    expect(undecodableReply("{not json")).toBe("part 0 is not JSON");
    expect(undecodableReply(form({ "0": '{"a":1}' }))).toBe("the arguments are not a list");
    expect(undecodableReply(form({ _1_title: "x" }))).toBe("part 0 is missing");
    expect(undecodableReply(form({ "0": new Blob(["[]"]) }))).toBe("part 0 is missing");
    expect(undecodableReply(form({ "0": '["$1"]' }))).toBe("part 1 is missing");
    expect(undecodableReply(form({ "0": '["$Q1"]' }))).toBe("part 1 is missing");
    expect(undecodableReply(form({ "0": '["$Z"]' }))).toBe("a reference names no part");
    expect(undecodableReply(form({ "0": '["$"]' }))).toBe("a reference names no part");
    expect(undecodableReply(form({ "1": '{"a":1}', "0": '["$1:b"]' }))).toBe("a reference points at nothing");
    expect(undecodableReply(form({ "0": '["$B1"]' }))).toBe("part 1 is not a file");
    expect(undecodableReply(form({ "1": new Blob(["abc"]), "0": '["$S1"]' }))).toBe("part 1 does not hold whole elements");
    expect(undecodableReply(form({ "1": new Blob(["ab"]), "0": '["$o1","$o1"]' }))).toBe("part 1 is used twice");
    expect(undecodableReply(form({ "0": '["$nxx"]' }))).toBe("a number is not a number");
    expect(undecodableReply(form({ "0": `["$n${"9".repeat(301)}"]` }))).toBe("a number is too large");
    expect(undecodableReply(form({ "0": '[{"a:b":"$T"}]' }))).toBe("a temporary reference has no path");
    expect(undecodableReply(form({ "0": '["$R1"]' }))).toMatch(/not accepted/);
    expect(undecodableReply(form({ "0": '["$h1"]' }))).toMatch(/not accepted/);
  });

  it("refuses nesting deeper than any form sends, and React's limit on nested lists", () => {
    const deep = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;
    expect(undecodableReply(deep(MAX_ARGUMENT_DEPTH))).toBeNull();
    expect(undecodableReply(deep(MAX_ARGUMENT_DEPTH + 2))).toBe("the arguments are nested too deeply");
    expect(undecodableReply(deep(100_000))).toBe("the arguments are nested too deeply");
    const wide = JSON.stringify([["x".repeat(1_000_001)], 1]);
    expect(undecodableReply(wide)).toBe("the arguments hold too large nested lists");
    expect(undecodableReply(JSON.stringify([{ text: "x".repeat(1_000_001) }, 1])), "a string under an object counts apart").toBeNull();
  });
});
