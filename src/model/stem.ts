// Words reduced to their stems, so that a draft and a source meet on meaning rather than on the
// form of a word: "supports" and "support", "dismantled" and "dismantling", "bought" and "buy".
import { stemmer } from 'stemmer';

// Irregular forms Porter's rules cannot reach, as the verb they are a form of.
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['bought', 'buy'],
  ['sold', 'sell'],
  ['went', 'go'],
  ['gone', 'go'],
  ['gave', 'give'],
  ['given', 'give'],
  ['met', 'meet'],
  ['held', 'hold'],
  ['made', 'make'],
  ['paid', 'pay'],
  ['took', 'take'],
  ['taken', 'take'],
  ['sought', 'seek'],
  ['brought', 'bring'],
  ['flew', 'fly'],
  ['flown', 'fly'],
  ['led', 'lead'],
  ['left', 'leave'],
  ['sent', 'send'],
  ['spoke', 'speak'],
  ['spoken', 'speak'],
  ['built', 'build'],
  ['fought', 'fight'],
  ['won', 'win'],
  ['began', 'begin'],
  ['begun', 'begin'],
  ['chose', 'choose'],
  ['chosen', 'choose'],
  ['aircrafts', 'aircraft'],
]);

const cache = new Map<string, string>();

/** The stem of a word (Porter's, on British spelling): "organizations" and "organisations" → "organis". */
export function stemWord(word: string): string {
  const lower = word.toLowerCase();
  let found = cache.get(lower);
  if (found === undefined) {
    const irregular = IRREGULAR.get(lower);
    // American -ize forms as British -ise, so that both spellings meet ("criticized", "criticised").
    const british = lower.replace(/iz(e|ed|es|ing|ation|ations|er|ers)$/, 'is$1');
    const base = irregular ?? british;
    found = /^[a-z]+$/.test(base) ? stemmer(base) : base;
    if (cache.size < 50_000) cache.set(lower, found);
  }
  return found;
}
