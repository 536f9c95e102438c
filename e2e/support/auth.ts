// Signing in exactly as a person does: ask for a link, read it from the email, open it, press "Sign in".
import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { latestMessageFile, signInLink, waitForMessage } from "./mail";

export type SignInOptions = {
  email: string;
  /** Scan the sign-in, check-email and confirm pages for accessibility problems on the way. */
  checkAccessibility?: boolean;
};

/** Asks for a sign-in link on the sign-in page and returns the link from the email. */
export async function requestSignInLink(page: Page, options: SignInOptions): Promise<string> {
  const before = latestMessageFile();
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Sign in to Biweekly" })).toBeVisible();
  if (options.checkAccessibility) await expectAccessible(page, "sign-in");

  await page.getByLabel("Email address").fill(options.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  if (options.checkAccessibility) await expectAccessible(page, "check-email");

  return signInLink(await waitForMessage({ to: options.email, after: before }));
}

/** On an emailed link's page: checks it names the address, and presses "Sign in". */
export async function confirmSignIn(page: Page, link: string, email: string, checkAccessibility = false): Promise<void> {
  await page.goto(link);
  await expect(page.getByText(`Sign in as ${email.toLowerCase()}?`)).toBeVisible();
  if (checkAccessibility) await expectAccessible(page, "confirm-sign-in");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

export async function signIn(page: Page, options: SignInOptions): Promise<void> {
  const link = await requestSignInLink(page, options);
  await confirmSignIn(page, link, options.email, options.checkAccessibility);
  await expect(page).not.toHaveURL(/\/signin/);
}
