// The schedule as an iCalendar file (RFC 5545) the author imports to block time for writing.
//
// The event is the hour before the due time and ends at it: "write your update" is the thing to
// put in a calendar, and the end of the block is the promise. The series repeats on the weekday
// of the block's start, which is the day before the due date when the due time is before 01:00.
// In the rare week where that hour crosses a clock change (a due time within an hour after the
// change), the block ends early or late by the shift; the due instant itself does not move.
//
// No VTIMEZONE is written, although RFC 5545 asks for one. Google Calendar, Apple Calendar,
// Outlook and Thunderbird resolve an IANA name such as "Europe/Berlin" from their own tz
// database, which also follows future rule changes for the author's zone; a VTIMEZONE written
// today would freeze today's rules into a series that runs for years. Clients read a local time
// in a gap with the offset before it, and a repeated one as the first occurrence, which is the
// same rule the app uses for due instants.
import { Temporal } from "temporal-polyfill";
import { isoWeekday, type ScheduleRule } from "./cycles";

export type ScheduleCalendarOptions = {
  rule: ScheduleRule;
  /** ISO weekday of the due date (1 = Monday ... 7 = Sunday): the weekday of `rule.firstDueDate`. */
  weekday: number;
  /** Stays the same across downloads, so importing again updates the series instead of adding one. */
  uid: string;
  /** When the file is made; written as DTSTAMP. */
  now: Date;
  summary: string;
  description?: string;
  url?: string;
};

/** How long the writing block lasts; it ends at the due time. */
export const WRITING_BLOCK = Temporal.Duration.from({ hours: 1 });

const ICAL_WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
const CRLF = "\r\n";

export function scheduleCalendar(options: ScheduleCalendarOptions): string {
  const { rule, weekday, uid, now, summary, description, url } = options;
  checkRule(rule, weekday);
  const start = writingStart(rule);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Biweekly//Writing time//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${utcDateTime(now)}`,
    `DTSTART;TZID=${rule.timeZone}:${localDateTime(start)}`,
    `DURATION:${WRITING_BLOCK.toString()}`,
    `RRULE:FREQ=WEEKLY;INTERVAL=${rule.intervalWeeks};BYDAY=${ICAL_WEEKDAYS[start.dayOfWeek - 1]}`,
    `SUMMARY:${escapeText(summary)}`,
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...(url ? [`URL:${uri(url)}`] : []),
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function checkRule(rule: ScheduleRule, weekday: number): void {
  if (!Number.isInteger(rule.intervalWeeks) || rule.intervalWeeks < 1) {
    throw new RangeError(`The interval must be a whole number of weeks, got ${rule.intervalWeeks}`);
  }
  if (isoWeekday(rule.firstDueDate) !== weekday) {
    throw new RangeError(`${rule.firstDueDate} does not fall on ISO weekday ${weekday}`);
  }
  if (/[;:,"]/.test(rule.timeZone)) throw new RangeError(`Not a time zone name: ${rule.timeZone}`);
}

/** Local wall-clock start of the first block: the due time of cycle 0, less the block. */
function writingStart(rule: ScheduleRule): Temporal.PlainDateTime {
  const due = Temporal.PlainDate.from(rule.firstDueDate).toPlainDateTime(Temporal.PlainTime.from(rule.localTime));
  return due.subtract(WRITING_BLOCK);
}

/** "20261127T150000" */
function localDateTime(value: Temporal.PlainDateTime): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(value.year, 4)}${pad(value.month)}${pad(value.day)}T${pad(value.hour)}${pad(value.minute)}${pad(value.second)}`;
}

/** "20261120T093000Z" */
function utcDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks are escaped. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
}

// A URI value is written as is, so it must not carry anything that would end or split the line.
function uri(value: string): string {
  if ([...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
    throw new RangeError("A calendar URL cannot contain control characters");
  }
  return value;
}

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * Lines longer than 75 octets continue on the next line after a single space (RFC 5545 §3.1).
 * The limit counts UTF-8 octets, and a character is never cut in two.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let piece = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = pieces.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(piece);
      piece = "";
      octets = 0;
    }
    piece += char;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join(`${CRLF} `);
}
