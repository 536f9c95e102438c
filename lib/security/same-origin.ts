type HeaderReader = { get(name: string): string | null };

export type SameOriginVerdict = { ok: true } | { ok: false; reason: string };

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * Whether a state-changing request comes from one of our own pages. Browsers send Origin on every
 * cross-origin request and on same-origin POST, PUT and DELETE; where it is missing, Sec-Fetch-Site
 * or the Referer's origin decide. A request that shows none of them is refused: every browser we
 * serve sends at least one, so only a script without a browser omits them all.
 * `allowed` is the app's public origin (NEXTAUTH_URL) and the origin the request was addressed to.
 */
export function checkSameOrigin(headers: HeaderReader, allowed: string[]): SameOriginVerdict {
  const origin = headers.get("origin");
  if (origin !== null) {
    return allowed.includes(origin) ? { ok: true } : { ok: false, reason: `requests from ${origin} are not accepted` };
  }
  const site = headers.get("sec-fetch-site");
  if (site !== null) {
    return site === "same-origin" ? { ok: true } : { ok: false, reason: `a ${site} request is not accepted` };
  }
  const referer = headers.get("referer");
  if (referer !== null) {
    const from = originOf(referer);
    return from && allowed.includes(from) ? { ok: true } : { ok: false, reason: "requests from another site are not accepted" };
  }
  return { ok: false, reason: "the request does not say where it comes from (no Origin header)" };
}
