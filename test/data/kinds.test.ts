import { describe, expect, it } from 'vitest';
import { BUILTIN, check } from '../helpers.js';

// One rule types every claim (docs/data-format.md, the schema's description of `kind`): how a
// relationship stands or how one side regards another is the author's reading, an assessment,
// never a fact; so are the causes the author draws between such things. Parallel statements
// ("a sore point with Pakistan", "a point of contention with Tajikistan") are typed alike.
const { collections } = await check(BUILTIN);
const READING =
  /\b(sore point|point of contention|strained|differences|disagreements|trust deficit|wary|cautious|sceptical|circumspect|lukewarm|mistrust|threats also arise|has created|stems from|leading to|resulting in|unable to address|challenges in their relationship)\b/i;

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

  it('type as assessments the judgements issue 19 found typed as facts', () => {
    const kind = (id: string) => collections.claims.find((c) => c.id === id)?.kind;
    // "the list of impediments ... is long and range from the existential e.g., security in
    // Pakistan to the mundane": the author's judgement of the list, and of what impedes trade.
    expect(kind('trade-impediments-range')).toBe('assessment');
    // "several high-level visits ..., resulting in defence agreements": a cause the author draws.
    expect(kind('high-level-visits-defence-agreements')).toBe('assessment');
  });

  it('give a fact of its own to each fact that an assessment states inside its reading', () => {
    // [the assessment, the words of the fact inside it]: the fact stands on its own as a fact
    // record whose quote holds those words.
    const inside = [
      [
        'high-level-visits-defence-agreements',
        'several high-level visits between Pakistan and Central Asian countries',
      ],
      [
        'military-diplomacy-builds-on-political-ties',
        'increase in visits to the region by senior military officials',
      ],
      [
        'tashkent-taliban-broker-role',
        'Tashkent has sought to serve as a broker between the Taliban and the international community',
      ],
      ['imu-threat-to-pakistan-uzbekistan-ties', 'operates from Pakistani territory in North Waziristan'],
      [
        'pakistan-uzbekistan-historically-strained',
        'differing support for Afghan factions during the Soviet-Afghan War',
      ],
      ['taliban-support-contention-with-tajikistan', 'Pakistan’s historical support for the Taliban'],
    ];
    const facts = collections.claims.filter((c) => c.kind === 'fact');
    const missing = inside.flatMap(([assessment, words]) => {
      const reading = collections.claims.find((c) => c.id === assessment);
      if (reading?.kind !== 'assessment') return [`${assessment}: not an assessment`];
      return facts.some((f) => f.sources.some((q) => q.quote.includes(words!)))
        ? []
        : [`${assessment}: ${words}`];
    });
    expect(missing).toEqual([]);
  });
});
