// The headers the author is shown before and after sending: a list of label and value pairs.
import { expect, type Locator, type Page } from "@playwright/test";

/** The value shown beside a header label such as "To" or "Reply-To". */
export function envelopeValue(page: Page, label: string): Locator {
  return page
    .getByRole("main")
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator("xpath=following-sibling::dd[1]");
}

export type ShownEnvelope = { subject: string; from: string[]; to: string[]; cc: string[]; replyTo: string[] };

/** Every header shows what is expected: the subject exactly, each address header its names and addresses. */
export async function expectEnvelope(page: Page, envelope: ShownEnvelope): Promise<void> {
  await expect(envelopeValue(page, "Subject")).toHaveText(envelope.subject);
  const headers = { From: envelope.from, To: envelope.to, Cc: envelope.cc, "Reply-To": envelope.replyTo };
  for (const [label, parts] of Object.entries(headers)) {
    for (const part of parts) await expect(envelopeValue(page, label)).toContainText(part);
  }
}

/** The email body as the boss will see it, in the sandboxed frame the page shows it in. */
export function emailBody(page: Page): Locator {
  return page.frameLocator('iframe[title="Email body"]').locator("body");
}
