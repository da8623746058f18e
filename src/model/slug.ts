// Ids made from words: a title becomes a kebab-case slug a writer can type and read, and a slug
// already taken gets the next free number, so that a made-up id never collides.

/** What a record id must look like (the schema's rule): kebab-case, a-z and 0-9. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Words that say little in an id: "the-rail-pact" reads as "rail-pact".
const LIGHT_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'on', 'at', 'to', 'for', 'by', 'with']);

/** At most this many words of a text make its slug. */
const SLUG_WORDS = 6;

/**
 * The slug of a text: its first few words that carry meaning, in lower case, accents dropped and
 * joined by hyphens ("Tashkent & Islamabad sign the rail pact" → tashkent-islamabad-sign-rail-pact).
 * Letters without a Latin form (Ташкент) give nothing: '' then.
 */
export function slugOf(text: string, words = SLUG_WORDS): string {
  const all = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const meaningful = all.filter((word) => !LIGHT_WORDS.has(word));
  return (meaningful.length > 0 ? meaningful : all).slice(0, words).join('-');
}

/** base if it is free, else base-2, base-3, …: the first id taken() says is free. */
export function freeId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken(id)) return id;
  }
}
