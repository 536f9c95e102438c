/**
 * How long a message that hit a temporary failure waits before its next attempt: 30 seconds,
 * doubling each time, never more than an hour, each delay moved by up to 20% at random so that
 * the messages queued during one outage do not all retry in the same second.
 * After MAX_ATTEMPTS attempts the message is marked failed: with 12 that is about five hours of
 * trying, enough to ride out a mail server's restart or a night of maintenance.
 */
export const MAX_ATTEMPTS = 12;

const FIRST_DELAY_MS = 30_000;
const LONGEST_DELAY_MS = 60 * 60_000;

/** attempt: how many attempts have been made so far (1 after the first). random: in [0, 1). */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = FIRST_DELAY_MS * 2 ** Math.max(0, attempt - 1);
  return Math.round(Math.min(LONGEST_DELAY_MS, base * (0.8 + 0.4 * random())));
}
