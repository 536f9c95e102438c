// Two people of one deployment, each with something of their own: the owner has goals, a sent
// update with an ask, a draft and a goal offered to the other; the other has a goal offered back.
// Tests aim each person's requests at the other's ids.
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import type { PrismaClient } from "@prisma/client";
import { expectSaved, typeIntoPart } from "./editor";
import { addGoal } from "./goals";
import { signUpAndSetUp, type SetUpPerson } from "./people";

export type Someone = { person: SetUpPerson; context: BrowserContext; page: Page; userId: string };

export type Owner = Someone & {
  /** Written about in the sent update; never offered to anyone. */
  goalId: string;
  goalTitle: string;
  /** Offered to the other person, who has not answered. */
  offeredGoalId: string;
  sentId: string;
  draftId: string;
  draftVersion: number;
  askId: string;
  /** The offer of offeredGoalId to the other person. */
  handoverId: string;
  /** Words only the owner wrote: no page of the other person may show them. */
  secret: string;
};

export type Other = Someone & { goalId: string; /** The other's goal, offered to the owner. */ handoverId: string };

export type TwoPeople = { owner: Owner; other: Other };

async function someone(browser: Browser, name: string, db: PrismaClient): Promise<Someone> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const person = await signUpAndSetUp(page, name);
  const user = await db.user.findUniqueOrThrow({ where: { email: person.email }, select: { id: true } });
  return { person, context, page, userId: user.id };
}

async function offerGoal(page: Page, goalId: string, email: string): Promise<void> {
  await page.goto(`/goals/${goalId}`);
  await page.getByLabel("Their email address", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Hand over" }).click();
  await expect(page.getByText(/^Waiting for /)).toBeVisible();
}

function lastSegment(page: Page): string {
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

async function goalIdOf(db: PrismaClient, ownerId: string, title: string): Promise<string> {
  return (await db.goal.findFirstOrThrow({ where: { ownerId, title }, select: { id: true } })).id;
}

export async function twoPeople(browser: Browser, db: PrismaClient): Promise<TwoPeople> {
  const secret = `Quarterly numbers ${Date.now().toString(36)} stay between us`;
  const otherOne = await someone(browser, "Edsger Dijkstra", db);
  await addGoal(otherOne.page, { title: "Structured programming", why: "Fewer gotos." });
  const ownerOne = await someone(browser, "Ada Lovelace", db);
  const { page } = ownerOne;
  const goalTitle = "Ship the billing migration";
  await addGoal(page, { title: goalTitle, why: secret });
  await addGoal(page, { title: "Hire two engineers", why: "The team is short." });

  await page.getByRole("navigation").getByRole("link", { name: "Write update" }).click();
  await typeIntoPart(page, goalTitle, "doing", `${secret}.`);
  await typeIntoPart(page, goalTitle, "help", "A decision from finance on rounding");
  await expectSaved(page);
  await page.getByRole("button", { name: "Preview and send" }).click();
  await page.getByRole("button", { name: "Send now" }).click();
  await expect(page).toHaveURL(/\/history\/[^/]+$/);
  const sentId = lastSegment(page);

  await page.getByRole("navigation").getByRole("link", { name: "Write update" }).click();
  await expect(page).toHaveURL(/\/updates\/[^/]+$/);
  const draftId = lastSegment(page);

  const offeredGoalId = await goalIdOf(db, ownerOne.userId, "Hire two engineers");
  await offerGoal(page, offeredGoalId, otherOne.person.email);
  const otherGoalId = await goalIdOf(db, otherOne.userId, "Structured programming");
  await offerGoal(otherOne.page, otherGoalId, ownerOne.person.email);

  const handover = (fromUserId: string) => db.goalHandover.findFirstOrThrow({ where: { fromUserId, state: "PENDING" }, select: { id: true } });
  const draft = await db.update.findFirstOrThrow({ where: { id: draftId, authorId: ownerOne.userId }, select: { version: true } });
  const ask = await db.ask.findFirstOrThrow({ where: { authorId: ownerOne.userId }, select: { id: true } });
  return {
    owner: {
      ...ownerOne,
      goalId: await goalIdOf(db, ownerOne.userId, goalTitle),
      goalTitle,
      offeredGoalId,
      sentId,
      draftId,
      draftVersion: draft.version,
      askId: ask.id,
      handoverId: (await handover(ownerOne.userId)).id,
      secret,
    },
    other: { ...otherOne, goalId: otherGoalId, handoverId: (await handover(otherOne.userId)).id },
  };
}
