import "server-only";
import type { Prisma } from "@prisma/client";
import { CLOSED_STATUSES } from "./goal-input";

/** Goals still on the list: everything not yet done or dropped. */
export const activeGoalWhere = { status: { notIn: [...CLOSED_STATUSES] } } satisfies Prisma.GoalWhereInput;

export const closedGoalWhere = { status: { in: [...CLOSED_STATUSES] } } satisfies Prisma.GoalWhereInput;
