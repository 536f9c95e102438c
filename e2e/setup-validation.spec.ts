import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { fillSetupForm, nextWeekday, type SetupValues } from "./support/setup";
import { newPerson } from "./support/users";

// The browser's own zone differs from the one chosen, so a form that falls back to it is caught.
test.use({ timezoneId: "Asia/Tokyo" });

test("a mistake on setup is explained beside its field and nothing typed is lost", async ({ page }) => {
  const person = newPerson("Margaret Hamilton");
  await signIn(page, { email: person.email });
  await expect(page.getByRole("heading", { name: "Set up your updates" })).toBeVisible();

  const values: SetupValues = {
    name: person.name,
    timeZone: "America/New_York",
    bossName: "Grace Hopper",
    bossEmail: "grace@",
    skipName: "Katherine Johnson",
    skipEmail: "katherine@example.test",
    every: "2 weeks",
    weekday: "Thursday",
    dueTime: "09:30",
    firstDueDate: nextWeekday("Thursday", 7),
  };
  await fillSetupForm(page, values);
  await page.getByRole("button", { name: "Save and continue" }).click();

  const bossEmail = page.getByLabel("Boss's email", { exact: true });
  await expect(bossEmail).toHaveAttribute("aria-invalid", "true");
  await expect(bossEmail).toHaveAccessibleDescription(/Enter an email address/);
  await expect(page).toHaveURL(/\/setup$/);

  const field = (label: string) => page.getByLabel(label, { exact: true });
  await expect.soft(field("Your name")).toHaveValue(values.name);
  await expect.soft(field("Time zone").locator("option:checked")).toHaveText("America/New York");
  await expect.soft(bossEmail).toHaveValue("grace@");
  await expect.soft(field("Boss's name")).toHaveValue(values.bossName);
  await expect.soft(field("Skip-level's name")).toHaveValue(values.skipName);
  await expect.soft(field("Skip-level's email")).toHaveValue(values.skipEmail);
  await expect.soft(field("Every").locator("option:checked")).toHaveText(values.every);
  await expect.soft(field("Due on").locator("option:checked")).toHaveText(values.weekday);
  await expect.soft(field("Due time")).toHaveValue(values.dueTime);
  await expect.soft(field("First due date")).toHaveValue(values.firstDueDate);

  await bossEmail.fill("grace@example.test");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/\/goals$/);
});
