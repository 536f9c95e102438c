import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { isLocalRequest, isLoopbackAddress, PEER_HEADER, peerToken, stampPeerAddress } from "./peer-address";
import { stampPeerAddresses } from "./stamp-peer-addresses";

const asHeaders = (value: string | undefined) => new Headers(value === undefined ? {} : { [PEER_HEADER]: value });

describe("isLoopbackAddress", () => {
  it.each(["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1", "0:0:0:0:0:0:0:1"])("accepts %s", (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });
  it.each(["10.0.0.1", "192.168.1.20", "128.0.0.1", "::ffff:10.0.0.1", "::2", "fe80::1", "127.0.0.256", "", "localhost", "1127.0.0.1"])(
    "refuses %s",
    (address) => expect(isLoopbackAddress(address)).toBe(false),
  );
});

describe("isLocalRequest", () => {
  it("trusts only an address stamped with this process's token", () => {
    expect(isLocalRequest(asHeaders(`${peerToken()} 127.0.0.1`))).toBe(true);
    expect(isLocalRequest(asHeaders(`${peerToken()} 203.0.113.9`))).toBe(false);
    expect(isLocalRequest(asHeaders("127.0.0.1"))).toBe(false);
    expect(isLocalRequest(asHeaders(`guess 127.0.0.1`))).toBe(false);
    expect(isLocalRequest(asHeaders(`${peerToken()} 127.0.0.1 extra`))).toBe(false);
    expect(isLocalRequest(asHeaders(undefined))).toBe(false);
  });
});

describe("stampPeerAddress", () => {
  it("replaces a value sent by the client with the socket's address", () => {
    const request = {
      headers: { [PEER_HEADER]: `${peerToken()} 127.0.0.1`, host: "example.com" } as Record<string, string | undefined>,
      rawHeaders: ["Host", "example.com", "X-Biweekly-Peer", `${peerToken()} 127.0.0.1`],
      socket: { remoteAddress: "203.0.113.9" },
    };
    stampPeerAddress(request);
    expect(request.headers[PEER_HEADER]).toBe(`${peerToken()} 203.0.113.9`);
    expect(request.rawHeaders).toEqual(["Host", "example.com"]);
    expect(isLocalRequest(asHeaders(request.headers[PEER_HEADER]))).toBe(false);
  });

  it("stamps real requests reaching a Node HTTP server, whatever header the client sends", async () => {
    stampPeerAddresses();
    const server = http.createServer((req, res) => res.end(String(req.headers[PEER_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_HEADER]: "forged 10.0.0.1" } });
      const stamped = await response.text();
      expect(stamped).toBe(`${peerToken()} 127.0.0.1`);
      expect(isLocalRequest(asHeaders(stamped))).toBe(true);
    } finally {
      server.close();
    }
  });
});
