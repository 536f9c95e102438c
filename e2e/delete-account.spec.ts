// Deleting the account: the confirmation offers the exports first, asks for the email address,
// then removes the person and everything that is theirs, checked in the database itself.
import { expect, test } from "@playwright/test";
import type { PrismaClient } from "@prisma/client";
import { expectAccessible } from "./support/a11y";
import { openDatabase } from "./support/database";
import { sendFirstUpdate, signUpAndSetUp } from "./support/people";

async function rowsOf(db: PrismaClient, email: string, sent: { goalId: string; updateId: string }) {
  return {
    users: await db.user.count({ where: { email } }),
    sessions: await db.session.count({ where: { user: { email } } }),
    goals: await db.goal.count({ where: { id: sent.goalId } }),
    updates: await db.update.count({ where: { id: sent.updateId } }),
    sections: await db.updateSection.count({ where: { updateId: sent.updateId } }),
    deliveries: await db.delivery.count({ where: { updateId: sent.updateId } }),
    signInLinks: await db.verificationToken.count({ where: { identifier: email } }),
  };
}

test("the author deletes their account after being offered the export, and nothing of theirs remains", async ({ page }) => {
  test.slow();
  const person = await signUpAndSetUp(page, "Dorothy Vaughan");
  const sent = await sendFirstUpdate(page, "Fortran for the team");
  const db = await openDatabase();
  try {
    expect(await rowsOf(db, person.email, sent)).toMatchObject({ users: 1, sessions: 1, goals: 1, updates: 1, sections: 1, deliveries: 1 });

    await page.getByRole("navigation").getByRole("link", { name: "Settings" }).click();
    await page.getByRole("link", { name: "Delete my account" }).click();
    await expect(page.getByRole("heading", { name: "Delete my account", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Whole history (JSON)" })).toHaveAttribute("href", "/api/export/history.json");
    await expect(page.getByRole("link", { name: "Whole history (Markdown)" })).toBeVisible();
    await expectAccessible(page, "delete my account");

    const confirm = page.getByLabel("Type your email address to confirm");
    await confirm.fill("someone.else@example.test");
    await page.getByRole("button", { name: "Delete my account and all my data" }).click();
    await expect(page.getByText("That is not the email address of this account.")).toBeVisible();
    await expect(confirm).toHaveValue("someone.else@example.test");
    expect((await rowsOf(db, person.email, sent)).users, "nothing deleted on a wrong address").toBe(1);

    await confirm.fill(person.email);
    await page.getByRole("button", { name: "Delete my account and all my data" }).click();
    await expect(page.getByRole("heading", { name: "Your account is deleted" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    await expectAccessible(page, "goodbye");

    expect(await rowsOf(db, person.email, sent)).toEqual({ users: 0, sessions: 0, goals: 0, updates: 0, sections: 0, deliveries: 0, signInLinks: 0 });
    await page.goto("/history");
    await expect(page).toHaveURL(/\/signin/);
  } finally {
    await db.$disconnect();
  }
});
