import { editDistance } from '../../model/suggest.js';

/**
 * The indexes of the vocabulary words (in order) that fuse.js might find near token, at this
 * threshold: words of about its length (search's rule: "port" is not "reported"), sharing
 * enough letters with it. fuse.js scores a word by the edits its best match needs over the
 * token's length, and every letter of the token missing from the word is an edit, so the words
 * left out could not score within the threshold: handed only these, fuse.js finds exactly what
 * it would in the whole vocabulary, at a fraction of the cost.
 */
export function nearWords(words: readonly string[], token: string, threshold: number): number[] {
  const slack = Math.max(1, Math.floor(token.length / 4));
  const near: number[] = [];
  const used = new Uint8Array(token.length);
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (Math.abs(word.length - token.length) > slack) continue;
    // (fuse.js does not search for tokens over 32 characters with its bit masks: no filter then)
    if (token.length <= 32 && (token.length - sharedLetters(token, word, used)) / token.length > threshold) {
      continue;
    }
    near.push(w);
  }
  return near;
}

// How many letters of the token (counted with multiplicity) the word has, in code units as
// fuse.js counts them; used is scratch space as long as the token.
function sharedLetters(token: string, word: string, used: Uint8Array): number {
  used.fill(0);
  let shared = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word.charCodeAt(i);
    for (let j = 0; j < token.length; j++) {
      if (used[j] === 0 && token.charCodeAt(j) === ch) {
        used[j] = 1;
        shared++;
        break;
      }
    }
  }
  return shared;
}

/**
 * How many edits a query word may be off a word of the data and still be read as a misspelling
 * of it: none up to 4 letters ("soft" is not "South"), then one, two, three as the word grows,
 * so that the allowance shrinks with the word (it is about a quarter of its length).
 */
export function nearBudget(length: number): number {
  return length <= 4 ? 0 : length <= 7 ? 1 : length <= 11 ? 2 : 3;
}

/**
 * Whether word is within token's near budget: by edit distance, or with doubled letters read as
 * single ("tarrif" for "tariff", "Mushshak" for "Mushak": one slip, not two).
 */
export function withinBudget(token: string, word: string): boolean {
  const budget = nearBudget(token.length);
  if (budget === 0) return false;
  if (editDistance(token, word, budget) <= budget) return true;
  const [a, b] = [single(token), single(word)];
  return (a !== token || b !== word) && editDistance(a, b, budget - 1) <= budget - 1;
}

// A word with every run of one letter written once: "tarrif" → "tarif".
function single(word: string): string {
  return word.replace(/(.)\1+/gu, '$1');
}
