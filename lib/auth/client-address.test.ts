import { describe, expect, it } from "vitest";
import { PEER_HEADER, peerToken } from "@/lib/mailbox/peer-address";
import { clientAddress } from "./client-address";

const headers = (values: Record<string, string>) => new Headers(values);

describe("clientAddress", () => {
  it("takes the stamped socket peer and ignores X-Forwarded-For by default", () => {
    const request = headers({ [PEER_HEADER]: `${peerToken()} 203.0.113.9`, "x-forwarded-for": "198.51.100.1" });
    expect(clientAddress(request, false)).toBe("203.0.113.9");
  });

  it("refuses a forged stamp", () => {
    expect(clientAddress(headers({ [PEER_HEADER]: "guessed 127.0.0.1" }), false)).toBeUndefined();
  });

  it("behind a trusted proxy, takes the entry the proxy appended", () => {
    const request = headers({ [PEER_HEADER]: `${peerToken()} 10.0.0.2`, "x-forwarded-for": "1.2.3.4, 198.51.100.7" });
    expect(clientAddress(request, true)).toBe("198.51.100.7");
    expect(clientAddress(headers({ [PEER_HEADER]: `${peerToken()} 10.0.0.2` }), true)).toBe("10.0.0.2");
  });
});
