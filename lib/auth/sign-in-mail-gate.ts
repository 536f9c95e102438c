import "server-only";
import { now } from "@/lib/clock/clock";
import { serverConfig } from "@/lib/config/server-config";
import { db } from "@/lib/db/client";
import { clientAddress } from "./client-address";
import { countSignInMail } from "./sign-in-mail-limit";

/**
 * For a request asking for a sign-in mail: a check that counts it against the limits for the
 * address next-auth has read and normalised, and says whether the mail may go out. The caller
 * answers the same either way, so nobody learns whether an address exists or is limited.
 */
export function signInMailGate(request: Request): (email: string) => Promise<boolean> {
  const { security } = serverConfig();
  const client = clientAddress(request.headers, security.trustProxy);
  return (email) => countSignInMail({ db, email, clientAddress: client, now: now(), limits: security.signInMailLimits });
}
