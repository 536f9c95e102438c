import { describe, expect, it } from "vitest";
import { doc, goal, p } from "@/lib/content/test-fixtures";
import { savedCopyBody } from "./newer-copy-saved";

describe("savedCopyBody", () => {
  const savedAt = new Date("2026-11-20T13:02:00Z");

  it("hands the newer copy back as checked JSON with its version and when it was saved", () => {
    const content = doc(goal("g1", "Ship billing", { doing: [p("Saved from the laptop")] }));
    expect(savedCopyBody({ content, version: 4, savedAt })).toEqual({ content, version: 4, savedAt: "2026-11-20T13:02:00.000Z" });
  });

  it("hands back nothing when the stored text does not read as an update, so no raw markup reaches the page", () => {
    const content = { type: "doc", content: [{ type: "html", text: "<img src=x onerror=alert(1)>" }] };
    expect(savedCopyBody({ content, version: 4, savedAt })).toBeNull();
  });
});
