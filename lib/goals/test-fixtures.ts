// Shared by the goal tests: people with goals in a real test database.
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { createGoal } from "./create-goal";
import type { GoalInput } from "./goal-input";

let people = 0;

export async function newOwner(name = "Ada Lovelace") {
  people += 1;
  return db.user.create({ data: { email: `owner-${people}-${Date.now()}@example.com`, name } });
}

export async function addGoals(ownerId: string, titles: string[]) {
  const goals = [];
  for (const title of titles) goals.push(await createGoal({ ownerId, input: goalInput({ title }) }));
  return goals;
}

export function goalInput(input: Partial<GoalInput> = {}): GoalInput {
  return { title: "Ship the billing migration", description: "", targetDate: null, ...input };
}

/** Active goal titles in the order the owner sees them. */
export async function activeTitles(ownerId: string): Promise<string[]> {
  const goals = await db.goal.findMany({
    where: { ownerId, status: { notIn: ["DONE", "DROPPED"] } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  return goals.map((goal) => goal.title);
}

export async function refusal(work: Promise<unknown>): Promise<AppError> {
  const outcome = await work.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(outcome instanceof AppError)) throw new Error(`expected an AppError, got ${String(outcome)}`);
  return outcome;
}
