import "server-only";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseSecurityConfig, type SecurityConfig } from "./security-config";

/**
 * Where the embedded default keeps its database, secrets and local mailbox. Chosen when the server
 * starts, so the build leaves it out of the files it bundles with the server.
 */
export const DATA_DIR = path.resolve(/* turbopackIgnore: true */ process.env.BIWEEKLY_DATA_DIR ?? "data");
const SECRETS_FILE = path.join(DATA_DIR, "secrets.json");

export type ServerConfig = {
  appUrl: string;
  authSecret: string;
  cronSecret: string;
  smtpUrl: string | undefined;
  mailFrom: { name: string; address: string };
  mailboxDir: string;
  security: SecurityConfig;
};

const storedSecrets = z.object({ authSecret: z.string().min(32), cronSecret: z.string().min(32) });

/**
 * Secrets for the embedded default: generated on first start and kept in ./data, so sessions
 * survive restarts. A deployment (one that sets DATABASE_URL) must set them itself.
 */
function embeddedSecrets(): z.infer<typeof storedSecrets> {
  if (existsSync(SECRETS_FILE)) return storedSecrets.parse(JSON.parse(readFileSync(SECRETS_FILE, "utf8")));
  const secrets = { authSecret: randomBytes(32).toString("base64url"), cronSecret: randomBytes(32).toString("base64url") };
  mkdirSync(DATA_DIR, { recursive: true });
  try {
    writeFileSync(SECRETS_FILE, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Another process of this server wrote them first: use theirs.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return embeddedSecrets();
    throw error;
  }
  chmodSync(SECRETS_FILE, 0o600);
  return secrets;
}

export class MissingConfigError extends Error {
  constructor(readonly variable: string) {
    super(
      `${variable} is not set. A deployment that sets DATABASE_URL must also set ${variable} ` +
        `(for example: openssl rand -base64 32). See README.md, "Configuration".`,
    );
  }
}

function parseMailFrom(value: string | undefined): ServerConfig["mailFrom"] {
  const fallback = { name: "Biweekly", address: "updates@biweekly.localhost" };
  if (!value) return fallback;
  const match = /^\s*(?:"?([^"<]*)"?\s*)?<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value) ?? /^\s*()([^<>\s]+@[^<>\s]+)\s*$/.exec(value);
  if (!match) throw new Error(`MAIL_FROM must be an address or "Name <address>"; got "${value}".`);
  return { name: match[1]?.trim() || fallback.name, address: match[2]! };
}

function loadServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const deployed = env.NODE_ENV === "production" && Boolean(env.DATABASE_URL);
  const need = (name: string) => {
    const value = env[name];
    if (!value && deployed) throw new MissingConfigError(name);
    return value;
  };
  const authSecret = need("NEXTAUTH_SECRET");
  const cronSecret = need("CRON_SECRET");
  const fallback = authSecret && cronSecret ? undefined : embeddedSecrets();
  const appUrl = (env.NEXTAUTH_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, "");
  return {
    appUrl,
    authSecret: authSecret ?? fallback!.authSecret,
    cronSecret: cronSecret ?? fallback!.cronSecret,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: parseMailFrom(env.MAIL_FROM),
    mailboxDir: path.resolve(/* turbopackIgnore: true */ env.MAILBOX_DIR ?? path.join(DATA_DIR, "mailbox")),
    security: parseSecurityConfig(env),
  };
}

let cached: ServerConfig | undefined;

/** The server's configuration, read once. Throws MissingConfigError when a deployment lacks a secret. */
export function serverConfig(): ServerConfig {
  if (!cached) {
    cached = loadServerConfig();
    // next-auth reads its base URL from the environment.
    process.env.NEXTAUTH_URL ??= cached.appUrl;
  }
  return cached;
}
