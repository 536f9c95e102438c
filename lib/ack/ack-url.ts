import "server-only";
import { serverConfig } from "@/lib/config/server-config";
import { signAckToken, verifyAckToken } from "./ack-token";

/** The plain "Got it" link of one update, as written into its email. */
export function ackUrlFor(updateId: string): string {
  const { appUrl, authSecret } = serverConfig();
  return `${appUrl}/ack/${signAckToken(updateId, authSecret)}`;
}

/** The update a link's token names, or null when the link is not one this server made. */
export function updateIdOfAckToken(token: string): string | null {
  return verifyAckToken(token, serverConfig().authSecret);
}
