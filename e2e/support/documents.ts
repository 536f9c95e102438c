// Update documents as the editor stores them, for requests made without the editor.

type Inline = { type: "text"; text: string };
type Part = { type: "goalPart"; attrs: { kind: string }; content: { type: "paragraph"; content?: Inline[] }[] };

/** One goal section whose three parts each hold `text`. */
export function wellFormedDocument(goalId: string, title: string, text: string) {
  const part = (kind: string): Part => ({ type: "goalPart", attrs: { kind }, content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
  return { type: "doc", content: [{ type: "goalSection", attrs: { goalId, title }, content: ["doing", "help", "progress"].map(part) }] };
}
