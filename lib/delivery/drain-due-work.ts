import "server-only";
import { runDueWork, type DueWorkResult, type RunDueWorkOptions } from "./run-due-work";

export type DrainDueWorkOptions = Omit<RunDueWorkOptions, "now"> & {
  /** The current instant; asked again before every run. */
  clock: () => Date;
};

/**
 * One run takes a bounded batch; after an outage the backlog can be far larger. Runs the outbox
 * again, each time at the clock's current instant, until a run finds nothing left to do. Every
 * message a run handles leaves the due set (sent, failed, or retried later), so this ends.
 */
export async function drainDueWork({ clock, ...options }: DrainDueWorkOptions): Promise<DueWorkResult> {
  const total: DueWorkResult = { sent: 0, retried: 0, failed: 0 };
  for (;;) {
    const result = await runDueWork({ ...options, now: clock() });
    total.sent += result.sent;
    total.retried += result.retried;
    total.failed += result.failed;
    if (result.sent + result.retried + result.failed === 0) return total;
  }
}
