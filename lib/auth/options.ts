import "server-only";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { now } from "@/lib/clock/clock";
import { serverConfig } from "@/lib/config/server-config";
import { db } from "@/lib/db/client";
import { sendSignInEmail } from "@/lib/delivery/send-sign-in-email";
import { signInAdapter } from "./adapter";
import { confirmLinkFor, SIGN_IN_LINK_MINUTES } from "./sign-in-link";

const DAY = 24 * 60 * 60;

export type AuthOptionsFor = {
  /** "withhold" answers a sign-in request exactly as usual but sends no mail and stores no link (rate limit). */
  signInMail?: "send" | "withhold";
};

export function authOptions({ signInMail = "send" }: AuthOptionsFor = {}): NextAuthOptions {
  const config = serverConfig();
  const send = signInMail === "send";
  return {
    adapter: signInAdapter({ db, now, storeSignInLinks: send }),
    secret: config.authSecret,
    // A session lasts SESSION_MAX_AGE_DAYS after its last use; use extends it at most once a day.
    session: { strategy: "database", maxAge: config.security.sessionMaxAgeDays * DAY, updateAge: DAY },
    // HttpOnly and SameSite=Lax always; Secure (and the __Secure- prefix) when the app is served over https.
    useSecureCookies: config.appUrl.startsWith("https://"),
    providers: [
      EmailProvider({
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        from: config.mailFrom.address,
        async sendVerificationRequest({ identifier, url }) {
          if (!send) {
            console.warn("A sign-in mail was withheld: the address or the client asked too often.");
            return;
          }
          await sendSignInEmail({ email: identifier, url: confirmLinkFor(url, config.appUrl) });
        },
      }),
    ],
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin/error" },
    callbacks: {
      session({ session, user }) {
        if (session.user) session.user.id = user.id;
        return session;
      },
    },
  };
}
