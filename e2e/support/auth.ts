// Signing in exactly as a person does: ask for a link, read it from the email, open it.
import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { latestMessageFile, signInLink, waitForMessage } from "./mail";

export type SignInOptions = {
  email: string;
  /** Scan the sign-in and check-email pages for accessibility problems on the way. */
  checkAccessibility?: boolean;
};

export async function signIn(page: Page, options: SignInOptions): Promise<void> {
  const before = latestMessageFile();
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Sign in to Biweekly" })).toBeVisible();
  if (options.checkAccessibility) await expectAccessible(page, "sign-in");

  await page.getByLabel("Email address").fill(options.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  if (options.checkAccessibility) await expectAccessible(page, "check-email");

  const message = await waitForMessage({ to: options.email, after: before });
  await page.goto(signInLink(message));
  await expect(page).not.toHaveURL(/\/signin/);
}
