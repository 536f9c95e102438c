// Moves the app server's clock (lib/clock/clock.ts) by writing the offset it adds to real time.
// The clock is one for the whole server: a test that moves it puts it back when it ends
// (resetClock in afterEach), because the next test shares the same server.
import { renameSync, writeFileSync } from "node:fs";
import { Temporal } from "temporal-polyfill";

function clockFile(): string {
  const file = process.env.E2E_CLOCK_FILE;
  if (!file) throw new Error("E2E_CLOCK_FILE is not set; run the tests through playwright.config.ts.");
  return file;
}

/** The server's now() becomes real time plus `offsetMs`. */
export function setClockOffset(offsetMs: number): void {
  if (!Number.isFinite(offsetMs)) throw new Error(`Not a clock offset: ${offsetMs}`);
  // Written aside and renamed, so the server never reads half a number.
  const file = clockFile();
  writeFileSync(`${file}.next`, String(Math.round(offsetMs)));
  renameSync(`${file}.next`, file);
}

/** From now on the server's now() reads `target`, and runs on from there. */
export function advanceClockTo(target: Date): void {
  setClockOffset(target.getTime() - Date.now());
}

/** Back to real time. */
export function resetClock(): void {
  setClockOffset(0);
}

/** The instant a wall-clock `time` ("HH:MM") on `date` ("YYYY-MM-DD") reads in `timeZone`. */
export function localInstant(date: string, time: string, timeZone: string): Date {
  const zoned = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from(time) });
  return new Date(zoned.epochMilliseconds);
}

export const MINUTE_MS = 60_000;
