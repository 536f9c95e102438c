// Accessibility: every page a person visits is scanned against WCAG 2.1 A and AA.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const BLOCKING = new Set(["serious", "critical"]);

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

function describe(violation: Violation): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((node) => `    at ${node.target.join(" ")}\n      ${(node.failureSummary ?? "").replace(/\n/g, "\n      ")}`);
  return `  [${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes.join("\n")}`;
}

/** Fails on serious or critical WCAG violations, listing each with the elements involved. */
export async function expectAccessible(page: Page, pageName: string): Promise<void> {
  // After a client-side navigation the title is streamed in just after the content: let it land.
  await expect(page, `the ${pageName} page has a title`).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    // Email bodies are shown in a frame sandboxed without scripts: axe cannot run inside it.
    .exclude("iframe[sandbox]")
    .analyze();
  const blocking = results.violations.filter((violation) => BLOCKING.has(violation.impact ?? ""));
  const report = blocking.map(describe).join("\n");
  expect(blocking.length, `Accessibility problems on the ${pageName} page (${page.url()}):\n${report}`).toBe(0);
}
