import { describe, expect, it } from "vitest";
import { pauseDate, startOfLocalDay } from "./pause-until";

describe("pause until", () => {
  it("starts at midnight of the chosen day in the author's zone", () => {
    expect(startOfLocalDay("2026-12-24", "Europe/Berlin").toISOString()).toBe("2026-12-23T23:00:00.000Z");
    expect(startOfLocalDay("2026-07-01", "America/New_York").toISOString()).toBe("2026-07-01T04:00:00.000Z");
  });

  it("starts after the gap on a day whose midnight does not exist", () => {
    // Santiago moved its clocks from 00:00 to 01:00 on 2026-09-06.
    expect(startOfLocalDay("2026-09-06", "America/Santiago").toISOString()).toBe("2026-09-06T04:00:00.000Z");
  });

  it("reads back as the date the author picked", () => {
    for (const zone of ["Pacific/Apia", "Asia/Kolkata", "America/Los_Angeles", "UTC"]) {
      expect(pauseDate(startOfLocalDay("2027-01-04", zone), zone)).toBe("2027-01-04");
    }
  });
});
