"use server";

import { z } from "zod";
import { acknowledgeUpdate } from "@/lib/ack/acknowledge-update";
import { getCurrentUser } from "@/lib/auth/current-user";
import { now } from "@/lib/clock/clock";
import { AppError } from "@/lib/errors/app-error";

export type AckState = { message?: string; ok?: boolean };

const tokenInput = z.string().min(1).max(200);

const NOT_VALID = "This link is not valid.";

/**
 * The one write a "Got it" link can make: record that its update was read. Anyone holding the link
 * may, without signing in, except its author.
 */
export async function acknowledge(token: string): Promise<AckState> {
  const parsed = tokenInput.safeParse(token);
  if (!parsed.success) return { message: NOT_VALID };
  try {
    const reader = await getCurrentUser();
    const result = await acknowledgeUpdate({ token: parsed.data, now: now(), readerId: reader?.id });
    return result.alreadyAcknowledged
      ? { ok: true, message: `Already acknowledged on ${result.acknowledgedLabel}.` }
      : { ok: true, message: `Thank you. ${result.authorName} will see that you acknowledged it on ${result.acknowledgedLabel}.` };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return { message: NOT_VALID };
    if (error instanceof AppError && error.code === "CONFLICT") return { message: error.message };
    throw error;
  }
}
