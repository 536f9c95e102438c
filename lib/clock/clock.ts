import { readFileSync } from "node:fs";

/**
 * The server's idea of now. Every edge (pages, actions, route handlers, the delivery ticker) asks
 * here rather than calling `new Date()`, and passes the value down: the domain never reads a clock.
 *
 * When BIWEEKLY_CLOCK_FILE names a file, its content is an offset in milliseconds added to the
 * system clock. The end-to-end tests use it to move time past a due instant without waiting;
 * a deployment never sets it.
 */
export function now(): Date {
  const file = process.env.BIWEEKLY_CLOCK_FILE;
  if (!file) return new Date();
  return new Date(Date.now() + readOffset(file));
}

function readOffset(file: string): number {
  try {
    const offset = Number(readFileSync(file, "utf8").trim());
    return Number.isFinite(offset) ? offset : 0;
  } catch {
    return 0;
  }
}
