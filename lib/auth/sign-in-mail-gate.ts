import "server-only";
import { now } from "@/lib/clock/clock";
import { serverConfig } from "@/lib/config/server-config";
import { db } from "@/lib/db/client";
import { clientAddress } from "./client-address";
import { countSignInMail } from "./sign-in-mail-limit";

/**
 * For a request asking for a sign-in mail: counts it, and says whether the mail may go out. The
 * caller answers the same either way, so nobody learns whether an address exists or is limited.
 */
export async function decideSignInMail(request: Request): Promise<"send" | "withhold"> {
  const form = await request.clone().formData().catch(() => null);
  const email = form?.get("email");
  // next-auth itself refuses a request without an address; there is nothing to send or count.
  if (typeof email !== "string" || !email.trim()) return "send";
  const { security } = serverConfig();
  const allowed = await countSignInMail({
    db,
    email: email.normalize("NFKC").trim().toLowerCase(),
    clientAddress: clientAddress(request.headers, security.trustProxy),
    now: now(),
    limits: security.signInMailLimits,
  });
  return allowed ? "send" : "withhold";
}
