import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

/**
 * The author's schedule with the settings read beside it (zone, when they set up, the spread-thin
 * threshold). Read once per request however many parts of a page ask.
 */
export const getAuthorSchedule = cache((authorId: string) =>
  db.user.findUnique({
    where: { id: authorId },
    select: { timeZone: true, schedule: true, setupCompletedAt: true, spreadThinAbove: true },
  }),
);
