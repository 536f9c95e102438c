import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDayDate, formatPlainDate } from "./format";

describe("dates as the author reads them", () => {
  const instant = new Date("2026-09-10T22:30:00Z");

  it("uses the author's zone, not the server's", () => {
    expect(formatDate(instant, "Europe/Berlin")).toBe("11 Sep 2026");
    expect(formatDate(instant, "America/New_York")).toBe("10 Sep 2026");
  });

  it("writes weekday, day, month and a 24-hour time", () => {
    expect(formatDayDate(instant, "Europe/Berlin")).toBe("Fri 11 Sep 2026");
    expect(formatDateTime(instant, "Europe/Berlin")).toBe("Fri 11 Sep 2026, 00:30");
  });

  it("reads a calendar date the same in every zone", () => {
    expect(formatPlainDate("2026-11-27")).toBe("Fri 27 Nov 2026");
  });
});
