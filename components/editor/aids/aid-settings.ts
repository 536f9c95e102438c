// Which writing aids the author wants; remembered on this device.

export type AidSettings = {
  weStatements: boolean;
  emptyParts: boolean;
  similarToLastTime: boolean;
  wordCounts: boolean;
};

export const DEFAULT_AID_SETTINGS: AidSettings = {
  weStatements: true,
  emptyParts: true,
  similarToLastTime: true,
  wordCounts: true,
};

export const AID_LABELS: Record<keyof AidSettings, string> = {
  weStatements: "Highlight “we”",
  emptyParts: "Mark empty parts",
  similarToLastTime: "Flag text like last time",
  wordCounts: "Word counts",
};

const STORAGE_KEY = "biweekly:writing-aids";

export function loadAidSettings(): AidSettings {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? "{}");
    const settings = { ...DEFAULT_AID_SETTINGS };
    if (stored && typeof stored === "object") {
      for (const key of Object.keys(settings) as (keyof AidSettings)[]) {
        const value = (stored as Record<string, unknown>)[key];
        if (typeof value === "boolean") settings[key] = value;
      }
    }
    return settings;
  } catch {
    return { ...DEFAULT_AID_SETTINGS };
  }
}

export function saveAidSettings(settings: AidSettings): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Storage full or blocked: the choice holds until the page is left.
  }
}
