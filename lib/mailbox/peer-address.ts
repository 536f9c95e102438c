import { randomBytes } from "node:crypto";

/**
 * Who is asking, as the server's socket saw it. With `next start` a page cannot see the socket,
 * and X-Forwarded-For is whatever the client says. So the HTTP server itself writes the peer
 * address into this header, with a token only this process knows; any value a client sent is
 * dropped first. Without the token (the stamp is not installed, or the header is forged) a
 * request counts as remote.
 */
export const PEER_HEADER = "x-biweekly-peer";

const holder = globalThis as unknown as { biweeklyPeerToken?: string };

/** This process's token; created once and shared by every bundle through globalThis. */
export function peerToken(): string {
  return (holder.biweeklyPeerToken ??= randomBytes(18).toString("base64url"));
}

type IncomingShape = {
  headers: Record<string, string | string[] | undefined>;
  rawHeaders?: string[];
  socket?: { remoteAddress?: string } | null;
};

/** Replaces whatever the client sent in PEER_HEADER with the socket's own peer address. */
export function stampPeerAddress(request: IncomingShape): void {
  delete request.headers[PEER_HEADER];
  if (request.rawHeaders) {
    const kept: string[] = [];
    for (let i = 0; i + 1 < request.rawHeaders.length; i += 2) {
      if (request.rawHeaders[i]!.toLowerCase() !== PEER_HEADER) kept.push(request.rawHeaders[i]!, request.rawHeaders[i + 1]!);
    }
    request.rawHeaders.splice(0, request.rawHeaders.length, ...kept);
  }
  const address = request.socket?.remoteAddress;
  if (address) request.headers[PEER_HEADER] = `${peerToken()} ${address}`;
}

/** 127.0.0.0/8, ::1, and 127.x written as an IPv4-mapped IPv6 address. */
export function isLoopbackAddress(address: string): boolean {
  const v4 = address.toLowerCase().replace(/^::ffff:/, "");
  const octets = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(v4);
  if (octets) return octets[1] === "127" && octets.slice(1).every((o) => Number(o) <= 255);
  return address === "::1" || /^(0{1,4}:){7}0{0,3}1$/.test(address);
}

type HeaderReader = { get(name: string): string | null };

/** The socket's peer address as stamped by this process, or undefined when the stamp is missing or forged. */
export function stampedPeerAddress(headers: HeaderReader): string | undefined {
  const [token, address, ...rest] = (headers.get(PEER_HEADER) ?? "").split(" ");
  return token === peerToken() && rest.length === 0 && address ? address : undefined;
}

/** Whether a request came from this machine, judged from the stamped header only. */
export function isLocalRequest(headers: HeaderReader): boolean {
  const address = stampedPeerAddress(headers);
  return address !== undefined && isLoopbackAddress(address);
}
