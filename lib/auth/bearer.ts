import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Whether an Authorization header carries exactly `Bearer <secret>`. Compared in constant time
 * (over digests, so the length of the secret does not leak either).
 */
export function hasBearer(authorization: string | null, secret: string): boolean {
  const match = /^Bearer (.+)$/.exec(authorization ?? "");
  if (!match) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(match[1]!), digest(secret));
}
