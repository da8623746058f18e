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
