import { describe, expect, it } from "vitest";
import { hasBearer } from "./bearer";

describe("hasBearer", () => {
  it("accepts exactly the secret", () => {
    expect(hasBearer("Bearer s3cret-value", "s3cret-value")).toBe(true);
  });
  it("refuses a missing, malformed or different token", () => {
    expect(hasBearer(null, "s3cret-value")).toBe(false);
    expect(hasBearer("s3cret-value", "s3cret-value")).toBe(false);
    expect(hasBearer("Basic s3cret-value", "s3cret-value")).toBe(false);
    expect(hasBearer("Bearer s3cret-valu", "s3cret-value")).toBe(false);
    expect(hasBearer("Bearer s3cret-value ", "s3cret-value")).toBe(false);
  });
});
