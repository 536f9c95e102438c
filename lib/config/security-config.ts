import { z } from "zod";

/** Sessions, sign-in mail limits and proxy trust, from the environment. See README, "Security". */
export type SecurityConfig = {
  /** How long a session lasts without use; each day of use extends it again. */
  sessionMaxAgeDays: number;
  signInMailLimits: {
    perAddress: { max: number; windowMinutes: number };
    perClient: { max: number; windowMinutes: number };
  };
  /** Whether the last X-Forwarded-For entry, written by our reverse proxy, names the client. */
  trustProxy: boolean;
};

const count = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

const securityEnv = z.object({
  SESSION_MAX_AGE_DAYS: count(30, 365),
  SIGN_IN_MAILS_PER_ADDRESS: count(5, 1_000),
  SIGN_IN_ADDRESS_WINDOW_MINUTES: count(15, 24 * 60),
  SIGN_IN_MAILS_PER_IP: count(20, 1_000_000),
  SIGN_IN_IP_WINDOW_MINUTES: count(60, 24 * 60),
  TRUST_PROXY: z.enum(["0", "1", "false", "true"]).default("0"),
});

/** A variable is set to a value the server cannot use: the server does not start. */
export class InvalidConfigError extends Error {}

/** Reads the security settings; an empty variable counts as unset. Throws a message naming each bad variable. */
export function parseSecurityConfig(env: Record<string, string | undefined>): SecurityConfig {
  const present = Object.fromEntries(
    Object.keys(securityEnv.shape).flatMap((name) => (env[name] ? [[name, env[name]!.trim()]] : [])),
  );
  const parsed = securityEnv.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new InvalidConfigError(`Invalid security configuration (see README.md, "Configuration"): ${problems.join("; ")}`);
  }
  const e = parsed.data;
  return {
    sessionMaxAgeDays: e.SESSION_MAX_AGE_DAYS,
    signInMailLimits: {
      perAddress: { max: e.SIGN_IN_MAILS_PER_ADDRESS, windowMinutes: e.SIGN_IN_ADDRESS_WINDOW_MINUTES },
      perClient: { max: e.SIGN_IN_MAILS_PER_IP, windowMinutes: e.SIGN_IN_IP_WINDOW_MINUTES },
    },
    trustProxy: e.TRUST_PROXY === "1" || e.TRUST_PROXY === "true",
  };
}
