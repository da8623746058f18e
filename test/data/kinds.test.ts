import { describe, expect, it } from 'vitest';
import { BUILTIN, check } from '../helpers.js';

// One rule types every claim (docs/data-format.md, the schema's description of `kind`): how a
// relationship stands or how one side regards another is the author's reading, an assessment,
// never a fact; so are the causes the author draws between such things. Parallel statements
// ("a sore point with Pakistan", "a point of contention with Tajikistan") are typed alike.
const { collections } = await check(BUILTIN);
const READING =
  /\b(sore point|point of contention|strained|differences|disagreements|trust deficit|wary|cautious|sceptical|circumspect|lukewarm|mistrust|threats also arise|has created|stems from|leading to|unable to address|challenges in their relationship)\b/i;

/** "id: phrase" for every claim typed as a fact whose quotes characterise a relationship or draw a cause. */
function readingsTypedAsFact(
  claims: readonly { id: string; kind: string; sources: readonly { quote: string }[] }[],
) {
  return claims.flatMap((claim) => {
    if (claim.kind !== 'fact') return [];
    const phrase = claim.sources.map((c) => c.quote.match(READING)?.[0]).find(Boolean);
    return phrase ? [`${claim.id}: ${phrase}`] : [];
  });
}

describe('claim kinds', () => {
  it('type every reading of a relationship as an assessment, as its parallels are', () => {
    expect(readingsTypedAsFact(collections.claims)).toEqual([]);
    const kind = (id: string) => collections.claims.find((c) => c.id === id)?.kind;
    expect(kind('taliban-support-contention-with-tajikistan')).toBe(
      kind('uzbek-taliban-engagement-sore-point'),
    );
  });

  it('catch a reading typed as a fact', () => {
    const sore = collections.claims.find((c) => c.id === 'uzbek-taliban-engagement-sore-point')!;
    expect(readingsTypedAsFact([{ ...sore, kind: 'fact' }])).toEqual([
      'uzbek-taliban-engagement-sore-point: sore point',
    ]);
  });
});
