import { describe, expect, it } from "vitest";
import { isAllowedLinkUrl, isAllowedLinkWhileEditing, linkFromInput } from "./link-url";

describe("links", () => {
  it("allows only absolute http, https and mailto links", () => {
    for (const url of ["https://example.com", "http://example.com/a?b=1#c", "mailto:ana@example.com", "HTTPS://EXAMPLE.COM"]) {
      expect(isAllowedLinkUrl(url), url).toBe(true);
    }
    for (const url of [
      "javascript:alert(1)",
      " javascript:alert(1)",
      "java\nscript:alert(1)",
      "https://exa mple.com",
      "data:text/html,hi",
      "vbscript:x",
      "ftp://example.com",
      "//example.com",
      "/relative",
      "https://",
      "mailto:",
      "",
    ]) {
      expect(isAllowedLinkUrl(url), url).toBe(false);
    }
  });

  it("lets the editor link bare addresses while refusing other schemes", () => {
    expect(isAllowedLinkWhileEditing("example.com")).toBe(true);
    expect(isAllowedLinkWhileEditing("javascript:alert(1)")).toBe(false);
    expect(isAllowedLinkWhileEditing("tel:+1555")).toBe(false);
  });

  it("turns what a person types into a link", () => {
    expect(linkFromInput(" example.com/plan ")).toBe("https://example.com/plan");
    expect(linkFromInput("ana@example.com")).toBe("mailto:ana@example.com");
    expect(linkFromInput("http://intranet.example")).toBe("http://intranet.example");
    expect(linkFromInput("javascript:alert(1)")).toBeNull();
    expect(linkFromInput("   ")).toBeNull();
  });
});
