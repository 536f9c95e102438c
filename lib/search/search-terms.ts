/** At most this many words of a query count; a longer query is a sentence, not a search. */
export const MAX_SEARCH_TERMS = 8;

/**
 * The words of what the author typed, lower-cased, each once: letters and digits only, so
 * nothing they type can change the meaning of either database's query syntax.
 */
export function searchTerms(query: string): string[] {
  const words = query.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_SEARCH_TERMS);
}
