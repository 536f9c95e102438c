export type ContentSecurityPolicyOptions = {
  /** A fresh random value per response; Next.js puts it on every script it renders. */
  nonce: string;
  /** `next dev` evaluates code for its error overlay and hot reload: only there is eval allowed. */
  development: boolean;
  /** Served over https: plain-http subresources are upgraded. */
  https: boolean;
};

/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce (and
 * what those scripts load: 'strict-dynamic'); no inline script without it. Styles may be inline:
 * the editor, React's style attributes and the emails shown in the preview (a srcdoc frame, which
 * inherits this policy) all use them, and inline styles cannot run code. Nothing may frame the
 * app, move its base URL, load plugins or post forms elsewhere.
 */
export function contentSecurityPolicy({ nonce, development, https }: ContentSecurityPolicyOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(https ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** A nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The headers every response carries besides the CSP. HSTS only over https. */
export function securityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    // Sign-in and "Got it" links carry tokens in their URLs: never send a path to another site.
    // (no-referrer would make browsers send "Origin: null" on our own form posts.)
    "Referrer-Policy": "strict-origin-when-cross-origin",
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
