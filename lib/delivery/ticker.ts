import "server-only";
import { db } from "@/lib/db/client";
import { drainDueWork } from "./drain-due-work";
import { sendMail } from "./transport";
import { now } from "@/lib/clock/clock";

const DEFAULT_TICK_MS = 30_000;

type TickerState = {
  timer?: ReturnType<typeof setInterval>;
  running?: Promise<void>;
  /** A kick arrived during a run: run once more when it ends, so that message is not left waiting. */
  again: boolean;
};

// Kept on globalThis: instrumentation and the server actions that kick it may be separate bundles
// with separate copies of this module, and the dev server reloads modules.
const holder = globalThis as unknown as { biweeklyDeliveryTicker?: TickerState };
const state: TickerState = (holder.biweeklyDeliveryTicker ??= { again: false });

function tickMs(): number {
  const value = Number(process.env.DELIVERY_TICK_MS);
  return Number.isFinite(value) && value >= 1_000 ? value : DEFAULT_TICK_MS;
}

async function runOnce(): Promise<void> {
  try {
    const { sent, retried, failed } = await drainDueWork({ clock: now, db, send: sendMail });
    if (sent + retried + failed > 0) console.log(`delivery: ${sent} sent, ${retried} to retry, ${failed} failed`);
  } catch (error) {
    console.error("delivery: the outbox run failed; it will run again on the next tick", error);
  }
}

/** Runs the outbox now, unless a run is going: then once more right after it. Never two at once. */
function run(): Promise<void> {
  if (state.running) {
    state.again = true;
    return state.running;
  }
  state.running = (async () => {
    do {
      state.again = false;
      await runOnce();
    } while (state.again);
  })().finally(() => {
    state.running = undefined;
  });
  return state.running;
}

/** Starts sending due messages every 30 s (DELIVERY_TICK_MS), once per process. */
export function startDeliveryTicker(): void {
  if (state.timer) return;
  const ms = tickMs();
  state.timer = setInterval(() => void run(), ms);
  // The ticker alone must not keep the process alive on shutdown.
  state.timer.unref();
  void run();
  console.log(`delivery: sending due messages every ${Math.round(ms / 1000)} s`);
}

/** Sends due messages right away, e.g. just after the author pressed "Send now". */
export function kickDeliveryTicker(): Promise<void> {
  return run();
}
