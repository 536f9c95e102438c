// What pasted HTML means, read from the inline styles and markers that Google Docs, Word and Slack
// write instead of plain tags. Pure string rules: the editor's paste clean-up applies them to the
// clipboard's DOM and then throws every style away.

/** true: the text has this mark; false: it explicitly has not; undefined: the style says nothing. */
export type InlineFormatting = { bold?: boolean; italic?: boolean; code?: boolean };

const MONOSPACE = /\b(monospace|courier|consolas|menlo|monaco|roboto mono|source code|sf mono|fira code)\b/i;

/** "font-weight:700; color:red" -> { "font-weight": "700", color: "red" }, names lower-cased. */
export function styleDeclarations(style: string | null): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const declaration of (style ?? "").split(";")) {
    const colon = declaration.indexOf(":");
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim().replace(/\s*!important$/i, "");
    if (name) declarations.set(name, value);
  }
  return declarations;
}

function weightIsBold(weight: string): boolean | undefined {
  const value = weight.toLowerCase();
  if (value === "bold" || value === "bolder") return true;
  if (value === "normal" || value === "lighter") return false;
  const number = Number(value);
  return Number.isFinite(number) && value !== "" ? number >= 600 : undefined;
}

function styleIsItalic(fontStyle: string): boolean | undefined {
  const value = fontStyle.toLowerCase();
  if (value === "italic" || value.startsWith("oblique")) return true;
  return value === "normal" ? false : undefined;
}

/** Bold, italic and code as an inline style expresses them (Google Docs writes no <b> or <i>). */
export function inlineFormatting(style: string | null): InlineFormatting {
  const declarations = styleDeclarations(style);
  const weight = declarations.get("font-weight");
  const fontStyle = declarations.get("font-style");
  const family = declarations.get("font-family");
  return {
    bold: weight === undefined ? undefined : weightIsBold(weight),
    italic: fontStyle === undefined ? undefined : styleIsItalic(fontStyle),
    code: family !== undefined && MONOSPACE.test(family) ? true : undefined,
  };
}

/** The list level of a Word list paragraph ("mso-list:l0 level2 lfo1" -> 2), or null for any other paragraph. */
export function wordListLevel(style: string | null): number | null {
  const match = /mso-list:\s*l\d+\s+level(\d+)/i.exec(style ?? "");
  if (!match) return null;
  return Math.min(Math.max(Number(match[1]), 1), 9);
}

/** True for Word's marker span ("mso-list:Ignore"): the bullet or number Word drew, not the author's text. */
export function isWordListMarker(style: string | null): boolean {
  return styleDeclarations(style).get("mso-list")?.toLowerCase() === "ignore";
}

export type ListMarker = { ordered: boolean; start: number | null };

const NUMBERED = /^\(?(\d{1,6})[.)]$/;
const LETTERED = /^\(?([a-z]{1,3})[.)]$/i;

/** What Word's drawn marker says about the list: "3." or "b)" is numbered, "·", "o" or "§" a bullet. */
export function wordListMarker(marker: string): ListMarker {
  const text = marker.replace(/[\s\u00a0]+/g, "");
  const number = NUMBERED.exec(text);
  if (number) return { ordered: true, start: Number(number[1]) };
  return LETTERED.test(text) ? { ordered: true, start: null } : { ordered: false, start: null };
}

/** The nesting level of a list that says its indent in an attribute (Slack's data-indent="1" -> 2). */
export function indentedListLevel(indent: string | null): number | null {
  if (indent === null || !/^\d{1,2}$/.test(indent.trim())) return null;
  return Math.min(Number(indent) + 1, 9);
}
