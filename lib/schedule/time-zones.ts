// IANA time zone names, as the runtime knows them.

let zones: Set<string> | undefined;

export function timeZoneNames(): string[] {
  return [...knownZones()].sort();
}

export function isTimeZone(name: string): boolean {
  return knownZones().has(name);
}

function knownZones(): Set<string> {
  // supportedValuesOf lists canonical zones only; UTC is valid everywhere and is the default.
  zones ??= new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);
  return zones;
}
