// Word counts for the editor: letters and digits in any script; a hyphenated or apostrophe'd
// word ("follow-up", "don't") is one word.
const WORD = /[\p{L}\p{N}\p{M}]+(?:[-'’][\p{L}\p{N}\p{M}]+)*/gu;

/** How many words `text` holds. */
export function countWords(text: string): number {
  let count = 0;
  for (const match of text.matchAll(WORD)) if (match[0]) count += 1;
  return count;
}
