import { createHmac, timingSafeEqual } from "node:crypto";

// A "Got it" token names one update and is signed with the app's secret, so the boss needs no
// account and nobody can make a token for another update. The purpose prefix keeps it from ever
// matching a signature made for something else with the same secret.
const PURPOSE = "biweekly:ack:v1:";
const TOKEN_SHAPE = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/;

function signatureOf(updateId: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(PURPOSE + updateId).digest();
}

/** The token for the "Got it" link of one update: "<updateId>.<signature>". */
export function signAckToken(updateId: string, secret: string): string {
  return `${updateId}.${signatureOf(updateId, secret).toString("base64url")}`;
}

/** The update a token names, or null when it is malformed, forged or signed with another secret. */
export function verifyAckToken(token: string, secret: string): string | null {
  const match = TOKEN_SHAPE.exec(token);
  if (!match) return null;
  const [, updateId, signature] = match as unknown as [string, string, string];
  const given = Buffer.from(signature, "base64url");
  const expected = signatureOf(updateId, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return updateId;
}
