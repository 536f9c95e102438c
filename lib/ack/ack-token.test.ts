import { describe, expect, it } from "vitest";
import { signAckToken, verifyAckToken } from "./ack-token";

const secret = "a-secret-of-at-least-thirty-two-characters";

describe("ack tokens", () => {
  it("name the update they were signed for", () => {
    expect(verifyAckToken(signAckToken("cmupdate123", secret), secret)).toBe("cmupdate123");
  });

  it("are refused when forged, pointed at another update, signed with another secret or mangled", () => {
    const token = signAckToken("cmupdate123", secret);
    const signature = token.split(".")[1]!;
    const flipped = (signature[0] === "A" ? "B" : "A") + signature.slice(1);
    expect(verifyAckToken(`cmupdate123.${flipped}`, secret)).toBeNull();
    expect(verifyAckToken(`cmupdate124.${signature}`, secret)).toBeNull();
    expect(verifyAckToken(signAckToken("cmupdate123", "another-secret-of-thirty-two-characters"), secret)).toBeNull();
    for (const bad of ["", "cmupdate123", "cmupdate123.", `${token}x`, `../x.${signature}`, token.replace(".", "..")]) {
      expect(verifyAckToken(bad, secret)).toBeNull();
    }
  });
});
