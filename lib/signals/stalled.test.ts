import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stalledReason } from "./stalled";

const SIGNED = "Signed the lease for two floors near the metro station.";
const SIGNED_AGAIN = "Signed the lease for two floors near the metro station!";
const HIRED = "Hired the office manager; she starts on the first of March.";
const FURNISHED = "Desks and chairs arrive on Tuesday; the network goes in on Thursday.";

describe("stalledReason", () => {
  it("flags a goal with no progress written in its last two sent updates", () => {
    expect(stalledReason(["", ""])).toBe("empty");
    expect(stalledReason(["  ", "-", HIRED])).toBe("empty");
  });

  it("flags progress that is almost the same as the update before, twice", () => {
    expect(stalledReason([SIGNED, SIGNED_AGAIN, SIGNED])).toBe("repeated");
    expect(stalledReason([SIGNED.toUpperCase(), SIGNED, SIGNED, FURNISHED])).toBe("repeated");
  });

  it("flags an empty update after a repeated one; progress written after an empty one is movement", () => {
    expect(stalledReason(["", SIGNED, SIGNED])).toBe("mixed");
    expect(stalledReason([SIGNED, SIGNED, ""])).toBeNull();
  });

  it("does not flag a goal that moved in either of its last two updates", () => {
    expect(stalledReason(["", HIRED])).toBeNull();
    expect(stalledReason([HIRED, ""])).toBeNull();
    expect(stalledReason([SIGNED, SIGNED, HIRED])).toBeNull();
    expect(stalledReason([FURNISHED, HIRED, HIRED, HIRED])).toBeNull();
  });

  it("never flags a goal sent about only once, empty or not", () => {
    expect(stalledReason([])).toBeNull();
    expect(stalledReason([""])).toBeNull();
    expect(stalledReason([SIGNED])).toBeNull();
  });

  it("needs something before to call a text the same again: a goal's first update is never a repeat", () => {
    expect(stalledReason([SIGNED, SIGNED])).toBeNull();
    expect(stalledReason([SIGNED, ""])).toBeNull();
  });

  it("looks no further back than the update before the last two", () => {
    const text = fc.string({ maxLength: 40 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 3, maxLength: 3 }), fc.array(text, { maxLength: 5 }), (latest, older) => {
        expect(stalledReason([...latest, ...older])).toBe(stalledReason(latest));
      }),
    );
  });
});
