import { describe, expect, it } from "vitest";
import { currentZoneName, isTimeZone, timeZoneNames } from "./time-zones";

describe("time zones", () => {
  it("lists zones by the names people look for", () => {
    const names = timeZoneNames();
    expect(names).toContain("Asia/Kolkata");
    expect(names).toContain("Europe/Kyiv");
    expect(names).toContain("UTC");
    expect(names).not.toContain("Asia/Calcutta");
  });

  it("accepts current and older names, and refuses anything else", () => {
    expect(isTimeZone("Asia/Kolkata")).toBe(true);
    expect(isTimeZone("Asia/Calcutta")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isTimeZone("../etc/passwd")).toBe(false);
  });

  it("maps a browser's older name to the listed one", () => {
    expect(currentZoneName("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(currentZoneName("Europe/Berlin")).toBe("Europe/Berlin");
  });
});
