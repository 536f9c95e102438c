import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import type { Db } from "@/lib/db/client";
import { SIGN_IN_LINK_MINUTES } from "./sign-in-link";

export type SignInAdapterOptions = {
  db: Db;
  now: () => Date;
  /** Whether a link for this address may be stored; false when its mail is withheld (rate limit). */
  maySendSignInLink: (identifier: string) => Promise<boolean>;
};

/**
 * next-auth's Prisma adapter, with sign-in links timed by the app's clock rather than next-auth's
 * own Date.now(): a link expires SIGN_IN_LINK_MINUTES after it was asked for, and is consumed
 * (deleted) by its one successful use.
 */
export function signInAdapter({ db, now, maySendSignInLink }: SignInAdapterOptions): Adapter {
  // @next-auth/prisma-adapter 1.0.7 is typed against Prisma 4's client; the runtime API is the same.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const base = PrismaAdapter(db as any);
  return {
    ...base,
    async createVerificationToken(token) {
      if (!(await maySendSignInLink(token.identifier))) return token;
      const expires = new Date(now().getTime() + SIGN_IN_LINK_MINUTES * 60_000);
      return base.createVerificationToken!({ ...token, expires });
    },
    async useVerificationToken(params) {
      const used = await base.useVerificationToken!(params);
      // next-auth compares with its own clock: an expiry in the past makes it refuse the link.
      if (used && used.expires <= now()) return { ...used, expires: new Date(0) };
      return used;
    },
  };
}
