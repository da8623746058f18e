// How search reads text and queries: words, folded the same way on both sides.

const STOPWORDS = new Set(
  'a an and are as at be by did do does for from had has have how in into is it its of on or that the their there this to was were what when where which who why will with about'.split(
    ' ',
  ),
);

/** At most this many distinct words of a query are looked up; the rest are ignored. */
export const MAX_QUERY_WORDS = 32;

/** Words of a text as search compares them: lower case, no accents or apostrophes, "1,735" as "1735". */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\d),(\d)/g, '$1$2')
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The words of a query that carry meaning: common words dropped, duplicates once, at most MAX_QUERY_WORDS. */
export function queryTokens(query: string): string[] {
  return [...new Set(searchWords(query))].filter((word) => !STOPWORDS.has(word)).slice(0, MAX_QUERY_WORDS);
}

/** 1 for the word itself, 0.9 for a word it begins (uzbek → uzbekistan), 0.85 for a word that begins it with a short ending (tariffs → tariff), else 0. */
export function wordCloseness(token: string, word: string): number {
  if (word === token) return 1;
  if (token.length >= 3 && word.startsWith(token)) return 0.9;
  if (word.length >= 4 && token.startsWith(word) && token.length - word.length <= 2) return 0.85;
  return 0;
}
