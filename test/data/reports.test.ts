import { describe, expect, it } from 'vitest';
import { BUILTIN, check } from '../helpers.js';

// What the article only reports ("Media reports state…") is not stated as fact elsewhere: an
// actor summary that tells the subject of a `report` claim says, in the same clause, that it was
// reported. The subject is found simply: two content words that stand together in the claim's
// quote and again in the summary. Only lower-case words count (names are not a subject: every
// summary names its actor), and only pairs that no quote of a fact or assessment also has.
const { collections } = await check(BUILTIN);
const STOP = new Set(
  'a an and are as at be both by for from has have in is it its of on or that the their there this to with any also been such these those some'.split(
    ' ',
  ),
);
const HEDGED =
  /\b(reports?|reported|reportedly|according to|say|says|said|claims?|criticised|concern|accused)\b/i;
const stem = (word: string) => word.replace(/(?<=[a-z]{3})s$/, '');
const content = (text: string) =>
  (text.replace(/[’']/g, "'").match(/[\p{L}\p{N}'-]+/gu) ?? [])
    .filter((word) => /^[a-z]/.test(word) && !STOP.has(word))
    .map(stem);
const pairs = (text: string) => {
  const list = content(text);
  return list.slice(1).map((word, i) => `${list[i]} ${word}`);
};
const stated = new Set(
  collections.claims
    .filter((c) => c.kind !== 'report')
    .flatMap((c) => c.sources.flatMap((q) => pairs(q.quote))),
);

/** "actor: pair (claim)" for each clause of a summary that tells a reported subject unhedged. */
function unattributed(actors: readonly { id: string; summary: string }[]): string[] {
  const found: string[] = [];
  for (const claim of collections.claims.filter((c) => c.kind === 'report')) {
    const reported = new Set(
      claim.sources.flatMap((c) => pairs(c.quote)).filter((pair) => !stated.has(pair)),
    );
    for (const actor of actors) {
      for (const clause of actor.summary.split(/[.;]\s/)) {
        const shared = pairs(clause).find((pair) => reported.has(pair));
        if (shared && !HEDGED.test(clause)) found.push(`${actor.id}: ${shared} (${claim.id})`);
      }
    }
  }
  return found;
}

describe('reports', () => {
  it('are not stated as fact in actor summaries', () => {
    expect(unattributed(collections.actors)).toEqual([]);
  });

  it('are caught when a summary drops the attribution', () => {
    const iran = {
      id: 'iran',
      summary:
        'Mentioned only as the route of a gas swap agreement that Pakistan and Turkmenistan are considering.',
    };
    expect(unattributed([iran])).toEqual(['iran: gas swap (gas-swap-via-iran-considered)']);
  });

  it('name who reported them in words for readers, not notes to ourselves', () => {
    for (const claim of collections.claims) {
      if (claim.kind === 'report') expect(claim.attribution, claim.id).toBeDefined();
      // A note to ourselves explains the data ("this sentence has no attribution of its own")
      // or hides in brackets; a reader's attribution names who reported it.
      expect(claim.attribution ?? '', claim.id).not.toMatch(/[()]|attribution|this sentence|unspecified/i);
    }
  });

  it('say only who reported them: where the words stand is a citation, which show prints', () => {
    for (const claim of collections.claims.filter((c) => c.kind === 'report')) {
      // "(according to media reports, as the paragraph opens)" was a note for editors in a pasted line.
      expect(claim.attribution, claim.id).not.toMatch(/\bparagraph\b|\bopens\b/i);
      if (/media reports/i.test(claim.attribution ?? ''))
        expect(
          claim.sources.some((q) => /media reports/i.test(q.quote)),
          `${claim.id} cites where the article says "media reports"`,
        ).toBe(true);
    }
  });
});
