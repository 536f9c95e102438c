// Finds the places where the author writes about a group ("we", "our", "the team") instead of
// themselves, so the editor can ask them what their own part was. It only points; it never rewrites.

export type WeStatement = { from: number; to: number; word: string };

// Contractions of "we" ("we're", "we've", "we'll", "we'd") and "let's" count: they hide the
// author's own part just as well. Straight and curly apostrophes are both accepted.
const WE_PATTERN =
  /(?<![\p{L}\p{N}'’-])(?:we(?:['’](?:re|ve|ll|d))?|our|ours|ourselves|us|let['’]s|the\s+team)(?![\p{L}\p{N}-]|['’][\p{L}])/giu;

/** Every "we"-statement in `text`, whole words only, as offsets into `text`. */
export function findWeStatements(text: string): WeStatement[] {
  const found: WeStatement[] = [];
  for (const match of text.matchAll(WE_PATTERN)) {
    found.push({ from: match.index, to: match.index + match[0].length, word: match[0] });
  }
  return found;
}
