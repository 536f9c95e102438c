import "server-only";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { now } from "@/lib/clock/clock";
import { serverConfig } from "@/lib/config/server-config";
import { db } from "@/lib/db/client";
import { emailAddressSchema } from "@/lib/delivery/email-address";
import { sendSignInEmail } from "@/lib/delivery/send-sign-in-email";
import { signInAdapter } from "./adapter";
import { confirmLinkFor, SIGN_IN_LINK_MINUTES } from "./sign-in-link";

const DAY = 24 * 60 * 60;

/** How long a session lasts after its last use, and how often use extends it, in seconds. */
export function sessionLifetime(): { maxAge: number; updateAge: number } {
  return { maxAge: serverConfig().security.sessionMaxAgeDays * DAY, updateAge: DAY };
}

/** The cookie that carries the session: next-auth's own name, with the __Secure- prefix over https. */
export function sessionCookieName(): string {
  return `${serverConfig().appUrl.startsWith("https://") ? "__Secure-" : ""}next-auth.session-token`;
}
const signInAddress = emailAddressSchema({ lowerCase: true });

/** The one plain address a person signs in with, lower-cased; anything else is refused before a link is stored. */
export function signInIdentifier(typed: string): string {
  const parsed = signInAddress.safeParse(typed.normalize("NFKC"));
  if (!parsed.success) throw new Error("Invalid email address format.");
  return parsed.data;
}

export type AuthOptionsFor = {
  /**
   * For a request asking for a sign-in link: whether its mail may go out (see sign-in-mail-gate).
   * When it may not, next-auth answers exactly as usual, but no mail is sent and no link stored.
   */
  allowSignInMail?: (email: string) => Promise<boolean>;
};

export function authOptions({ allowSignInMail }: AuthOptionsFor = {}): NextAuthOptions {
  const config = serverConfig();
  // next-auth stores the link and sends the mail at once: both ask, the address is counted once.
  const decisions = new Map<string, Promise<boolean>>();
  const maySendSignInLink = (identifier: string) => {
    if (!allowSignInMail) return Promise.resolve(true);
    if (!decisions.has(identifier)) decisions.set(identifier, allowSignInMail(identifier));
    return decisions.get(identifier)!;
  };
  return {
    adapter: signInAdapter({ db, now, maySendSignInLink }),
    secret: config.authSecret,
    // A session lasts SESSION_MAX_AGE_DAYS after its last use; use extends it at most once a day.
    session: { strategy: "database", ...sessionLifetime() },
    // HttpOnly and SameSite=Lax always; Secure (and the __Secure- prefix) when the app is served over https.
    useSecureCookies: config.appUrl.startsWith("https://"),
    providers: [
      EmailProvider({
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        from: config.mailFrom.address,
        normalizeIdentifier: signInIdentifier,
        async sendVerificationRequest({ identifier, url }) {
          if (!(await maySendSignInLink(identifier))) {
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
