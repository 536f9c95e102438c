import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { dueInstant, type ScheduleRule } from "./cycles";
import { escapeText, foldLine, scheduleCalendar, type ScheduleCalendarOptions } from "./ics";

const berlin: ScheduleRule = { intervalWeeks: 2, localTime: "16:00", firstDueDate: "2026-11-27", timeZone: "Europe/Berlin" };
const options: ScheduleCalendarOptions = {
  rule: berlin,
  weekday: 5,
  uid: "schedule-user-1@biweekly.example",
  now: new Date("2026-11-20T09:30:15.123Z"),
  summary: "Write your biweekly update",
  description: "Due at 16:00. What I'm doing, where I need help, progress.",
  url: "https://biweekly.example/updates/current",
};

/** Content lines, with folded continuations joined back (RFC 5545 §3.1). */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, "").split("\r\n").slice(0, -1);
}

function property(ics: string, name: string): string | undefined {
  return unfold(ics).find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
}

describe("scheduleCalendar", () => {
  const ics = scheduleCalendar(options);

  it("blocks the hour before every other Friday 16:00 in Berlin", () => {
    expect(property(ics, "DTSTART")).toBe("DTSTART;TZID=Europe/Berlin:20261127T150000");
    expect(property(ics, "DURATION")).toBe("DURATION:PT1H");
    expect(property(ics, "RRULE")).toBe("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=FR");
  });

  it("is one published calendar with one event, stamped in UTC", () => {
    const lines = unfold(ics);
    expect(lines.slice(0, 5)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Biweekly//Writing time//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
    ]);
    expect(lines.slice(-2)).toEqual(["END:VEVENT", "END:VCALENDAR"]);
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(property(ics, "UID")).toBe("UID:schedule-user-1@biweekly.example");
    expect(property(ics, "DTSTAMP")).toBe("DTSTAMP:20261120T093015Z");
    expect(property(ics, "SUMMARY")).toBe("SUMMARY:Write your biweekly update");
    expect(property(ics, "DESCRIPTION")).toBe("DESCRIPTION:Due at 16:00. What I'm doing\\, where I need help\\, progress.");
    expect(property(ics, "URL")).toBe("URL:https://biweekly.example/updates/current");
  });

  it("ends every line with CRLF and has no bare CR or LF", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("ends the first block at the due instant of cycle 0", () => {
    const start = Temporal.PlainDateTime.from("2026-11-27T15:00").toZonedDateTime("Europe/Berlin");
    expect(start.add({ hours: 1 }).epochMilliseconds).toBe(dueInstant(berlin, 0).getTime());
  });

  it("repeats on the previous weekday when the due time is just after midnight", () => {
    const monday: ScheduleRule = { ...berlin, intervalWeeks: 1, localTime: "00:30", firstDueDate: "2026-11-30" };
    const text = scheduleCalendar({ ...options, rule: monday, weekday: 1 });
    expect(property(text, "DTSTART")).toBe("DTSTART;TZID=Europe/Berlin:20261129T233000");
    expect(property(text, "RRULE")).toBe("RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=SU");
  });

  it("leaves out the description and link when there are none", () => {
    const text = scheduleCalendar({ ...options, description: undefined, url: undefined });
    expect(property(text, "DESCRIPTION")).toBeUndefined();
    expect(property(text, "URL")).toBeUndefined();
  });

  it("refuses a weekday that is not the first due date's, and a link that would break the file", () => {
    expect(() => scheduleCalendar({ ...options, weekday: 4 })).toThrow(RangeError);
    expect(() => scheduleCalendar({ ...options, url: "https://x.example/\r\nATTENDEE:evil" })).toThrow(RangeError);
  });

  it("keeps long, non-ASCII text whole across folded lines", () => {
    const summary = `Zweiwöchentliches Update für Jürgen — 進捗報告 ${"✏️".repeat(30)}`;
    const text = scheduleCalendar({ ...options, summary, description: "x".repeat(300) });
    expect(property(text, "SUMMARY")).toBe(`SUMMARY:${summary}`);
    expect(property(text, "DESCRIPTION")).toBe(`DESCRIPTION:${"x".repeat(300)}`);
  });
});

describe("foldLine", () => {
  const octets = (s: string) => new TextEncoder().encode(s).length;

  it("leaves a line of 75 octets alone and folds one of 76", () => {
    expect(foldLine("a".repeat(75))).toBe("a".repeat(75));
    expect(foldLine("a".repeat(76))).toBe(`${"a".repeat(75)}\r\n a`);
  });

  it("counts the leading space of a continuation line", () => {
    const lines = foldLine("b".repeat(75 + 74 + 1)).split("\r\n");
    expect(lines.map(octets)).toEqual([75, 75, 2]);
  });

  it("counts UTF-8 octets and never splits a character", () => {
    const line = `SUMMARY:${"ü".repeat(40)}${"😀".repeat(20)}`;
    const physical = foldLine(line).split("\r\n");
    const decoder = new TextDecoder("utf-8", { fatal: true });
    for (const piece of physical) {
      expect(octets(piece)).toBeLessThanOrEqual(75);
      // Half a surrogate pair would encode as U+FFFD and not read back the same.
      expect(decoder.decode(new TextEncoder().encode(piece))).toBe(piece);
    }
    expect(physical[0]).toBe(`SUMMARY:${"ü".repeat(33)}`); // 8 + 66 octets; one more would make 76
    expect(foldLine(line).replace(/\r\n /g, "")).toBe(line);
  });
});

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and every kind of line break", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
  });

  it("keeps a colon, which needs no escape in a value", () => {
    expect(escapeText("Due: 16:00")).toBe("Due: 16:00");
  });
});
