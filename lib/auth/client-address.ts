import { stampedPeerAddress } from "@/lib/mailbox/peer-address";

type HeaderReader = { get(name: string): string | null };

/**
 * The address a request came from. By default the socket's peer, which a client cannot choose.
 * Behind a reverse proxy (TRUST_PROXY=1) every request's peer is the proxy, so the last
 * X-Forwarded-For entry, the one the proxy appended, names the client; entries before it are
 * whatever the client sent and are ignored.
 */
export function clientAddress(headers: HeaderReader, trustProxy: boolean): string | undefined {
  if (trustProxy) {
    const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
    if (forwarded.length > 0) return forwarded.at(-1);
  }
  return stampedPeerAddress(headers);
}
