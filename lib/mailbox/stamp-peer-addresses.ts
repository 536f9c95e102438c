import http from "node:http";
import { stampPeerAddress } from "./peer-address";

const holder = globalThis as unknown as { biweeklyPeerStamp?: boolean };

/**
 * Makes every HTTP server in this process stamp each request with its socket's peer address
 * before the app sees it (see PEER_HEADER). Installed once, at server start.
 */
export function stampPeerAddresses(): void {
  if (holder.biweeklyPeerStamp) return;
  holder.biweeklyPeerStamp = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithPeer(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") stampPeerAddress(args[0] as http.IncomingMessage);
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
