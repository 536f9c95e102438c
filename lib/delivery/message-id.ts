/**
 * The Message-ID a message keeps on every attempt: derived from what it is (its idempotency key,
 * e.g. "update:<id>") and the app's host, so a resend after a crash carries the same ID and mail
 * clients show it once.
 */
export function messageIdFor(idempotencyKey: string, appUrl: string): string {
  const local = idempotencyKey.replace(/[^A-Za-z0-9._-]+/g, "-");
  return `<${local}@${messageIdHost(appUrl)}>`;
}

function messageIdHost(appUrl: string): string {
  let host = "";
  try {
    host = new URL(appUrl).hostname;
  } catch {
    // A malformed app URL still gets a stable, valid ID.
  }
  return /^[A-Za-z0-9.-]+$/.test(host) ? host.toLowerCase() : "localhost";
}
