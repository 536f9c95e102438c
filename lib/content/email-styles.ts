// Plain inline styles that survive email clients: no classes, no media queries, no shorthand
// that older clients misread. Colours follow the app's zinc and indigo palette.

const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const MONO = "font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace";

const BY_TAG: Record<string, string> = {
  section: `${FONT};margin:0 0 28px 0;color:#18181b`,
  h2: `${FONT};font-size:18px;line-height:24px;font-weight:600;margin:0 0 2px 0;color:#18181b`,
  h3: `${FONT};font-size:13px;line-height:18px;font-weight:600;margin:14px 0 4px 0;color:#52525b`,
  p: `${FONT};font-size:15px;line-height:22px;margin:0 0 8px 0;color:#18181b`,
  ul: "margin:0 0 8px 0;padding-left:24px",
  ol: "margin:0 0 8px 0;padding-left:24px",
  li: "margin:0 0 4px 0",
  blockquote: "margin:0 0 8px 0;padding:0 0 0 12px;border-left:3px solid #d4d4d8;color:#52525b",
  pre: `${MONO};font-size:13px;line-height:19px;margin:0 0 8px 0;padding:8px 12px;background-color:#f4f4f5;border-radius:6px;white-space:pre-wrap`,
  code: `${MONO};font-size:13px;background-color:#f4f4f5`,
  a: "color:#4f46e5;text-decoration:underline",
};

const OWNER_LINE = `${FONT};font-size:13px;line-height:18px;margin:0 0 6px 0;color:#71717a`;
/** Colour carries the status only beside its words, so it reads the same without colour. */
const STATUS_LINE: Record<string, string> = {
  ON_TRACK: `${FONT};font-size:13px;line-height:18px;margin:0 0 6px 0;color:#15803d;font-weight:600`,
  AT_RISK: `${FONT};font-size:13px;line-height:18px;margin:0 0 6px 0;color:#b45309;font-weight:600`,
  OFF_TRACK: `${FONT};font-size:13px;line-height:18px;margin:0 0 6px 0;color:#b91c1c;font-weight:600`,
};
const EMPTY_PART = `${FONT};font-size:14px;line-height:20px;margin:0 0 8px 0;color:#a1a1aa;font-style:italic`;

/** The inline style for one element of the rendered update, or null when it needs none. */
export function inlineStyleFor(tagName: string, attribs: Record<string, string>): string | null {
  if (tagName === "p" && "data-goal-owner" in attribs) return OWNER_LINE;
  if (tagName === "p" && "data-empty-part" in attribs) return EMPTY_PART;
  if (tagName === "p" && "data-goal-status" in attribs) return STATUS_LINE[attribs["data-goal-status"] ?? ""] ?? OWNER_LINE;
  return BY_TAG[tagName] ?? null;
}
