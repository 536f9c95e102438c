import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { serverConfig } from "@/lib/config/server-config";
import { db } from "@/lib/db/client";
import { sendSignInEmail } from "@/lib/delivery/send-sign-in-email";

const DAY = 24 * 60 * 60;

export function authOptions(): NextAuthOptions {
  const config = serverConfig();
  return {
    // @next-auth/prisma-adapter 1.0.7 is typed against Prisma 4's client; the runtime API is the same.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    adapter: PrismaAdapter(db as any),
    secret: config.authSecret,
    session: { strategy: "database", maxAge: 30 * DAY, updateAge: DAY },
    providers: [
      EmailProvider({
        maxAge: 10 * 60,
        from: config.mailFrom.address,
        sendVerificationRequest: ({ identifier, url }) => sendSignInEmail({ email: identifier, url }),
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
