import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/auth";
import { latestMessageFile, messagesTo } from "./support/mail";
import { uniqueEmail } from "./support/users";

/** The default: 5 sign-in mails per address in 15 minutes (SIGN_IN_MAILS_PER_ADDRESS). */
const PER_ADDRESS = 5;

type Answer = { status: number; body: string; page: string };

/** Asks for a link on the sign-in page; returns what the server answered and what the page then says. */
async function askForLink(page: Page, email: string): Promise<Answer> {
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes("/api/auth/signin/email") && r.request().method() === "POST"),
    page.getByRole("button", { name: "Email me a sign-in link" }).click(),
  ]);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const text = (await page.getByRole("main").innerText()).replace(email, "<address>");
  return { status: response.status(), body: await response.text(), page: text };
}

test("asking for a link answers the same for a known, an unknown and a limited address, and mails stop at the limit", async ({ page, browser }) => {
  const known = uniqueEmail("known");
  const member = await browser.newPage();
  await signIn(member, { email: known });
  await member.close();

  const before = latestMessageFile();
  const forKnown = await askForLink(page, known);
  const forUnknown = await askForLink(page, uniqueEmail("unknown"));
  expect(forUnknown).toEqual(forKnown);

  const limited = uniqueEmail("limited");
  const answers: Answer[] = [];
  for (let i = 0; i < PER_ADDRESS + 2; i++) answers.push(await askForLink(page, limited));
  for (const answer of answers) expect(answer).toEqual(forKnown);

  // Give a withheld mail time to arrive if it were sent after all.
  await page.waitForTimeout(1_000);
  expect(await messagesTo(limited, before)).toHaveLength(PER_ADDRESS);
  expect(await messagesTo(known, before)).toHaveLength(1);
});
