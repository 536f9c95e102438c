// IANA time zone names, as people know them today.

/**
 * Node's and some browsers' ICU still call a few zones by names IANA has since replaced. People
 * look for the current name ("Asia/Kolkata", "Europe/Kyiv"), so the list uses it; both work.
 */
const CURRENT_NAMES: Record<string, string> = {
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Europe/Kiev": "Europe/Kyiv",
  "America/Godthab": "America/Nuuk",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};

let names: string[] | undefined;

/** Every zone, by its current name, sorted; UTC included. */
export function timeZoneNames(): string[] {
  names ??= [...new Set([...Intl.supportedValuesOf("timeZone").map(currentZoneName), "UTC"])].sort();
  return names;
}

/** The name IANA uses today for a zone the runtime may know by an older one. */
export function currentZoneName(name: string): string {
  return CURRENT_NAMES[name] ?? name;
}

/** Whether the runtime knows this IANA zone, under any of its names. */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
