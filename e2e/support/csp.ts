// Watching a page for Content-Security-Policy violations, in every frame, as the browser reports them.
import type { Page } from "@playwright/test";

const CSP_TEXT = /Content Security Policy/i;

/**
 * Starts collecting the CSP violations Chromium reports for the page and its frames (it logs each
 * one to the console: "... violates the following Content Security Policy directive ..."); returns
 * the live list.
 */
export function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  const note = (text: string) => {
    if (CSP_TEXT.test(text)) violations.push(`${page.url()}: ${text}`);
  };
  page.on("console", (message) => note(message.text()));
  page.on("pageerror", (error) => note(error.message));
  return violations;
}

/** The directives of a policy, by name. */
export function policyDirectives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map((parts) => [parts[0]!, parts.slice(1)]),
  );
}

/** The nonce a policy allows scripts with. */
export function scriptNonce(policy: string): string | undefined {
  return policyDirectives(policy)
    .get("script-src")
    ?.find((source) => source.startsWith("'nonce-"))
    ?.slice("'nonce-".length, -1);
}
