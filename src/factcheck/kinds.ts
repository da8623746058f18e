// Sentences firmer than their source: a claim the dataset holds only as a report or as the
// author's assessment, stated as plain fact; or a hedge of the quote ("alleged") left out.
import type { Claim } from '../model/records.js';
import { citedAt, type Finding } from './finding.js';
import { hasAny, type CheckData, type Hedged, type SentenceFacts } from './context.js';

/** Hedges a quote may carry; a sentence that repeats the words after one must keep it. */
export const HEDGES = [
  'alleged',
  'allegedly',
  'reportedly',
  'perceived',
  'apparently',
  'purportedly',
  'supposedly',
];
// Words that attribute a statement or soften it: a sentence with one is not stated as plain fact.
const ATTRIBUTED =
  /\b(reports?|reported(ly)?|according|alleged(ly)?|claims?|claimed|said|says|say|perceived|perception|apparently|seems?|appears?|may|might|could|likely|suggests?|argues?|argued|assess\w*|view|believed?|thought|accus\w*|critici[sz]\w*|concerns?|wary|sceptic\w*|skeptic\w*|suspect\w*|judg\w*|in the author|the article|purported(ly)?|supposed(ly)?|rumou?r\w*|media)\b/i;
const ATTRIBUTED_ALL = new RegExp(ATTRIBUTED.source, 'gi');
// A sentence is taken to restate a claim when it shares this share of the claim's words, and at least MIN_SHARED.
const SHARE = 0.5;
const MIN_SHARED = 4;

/** The findings of statements firmer than their source, and the claims the sentence restates. */
export function checkKinds(facts: SentenceFacts, data: CheckData): { findings: Finding[]; tied: string[] } {
  const findings: Finding[] = [];
  const tied: string[] = [];
  if (facts.subjects.size === 0) return { findings, tied };
  const attributed = ATTRIBUTED.test(facts.sentence.text);
  const lower = ` ${words(facts.sentence.text).join(' ')} `;
  const has = wordTest(facts.words);
  for (const claim of data.claims) {
    if (!hasAny(data.claimActors(claim), facts.subjects)) continue;
    const hedge = droppedHedge(claim, lower, data);
    if (hedge) {
      findings.push({
        ...facts.sentence.at(
          Math.max(0, facts.sentence.text.toLowerCase().indexOf(hedge.phrase.split(' ')[0]!)),
        ),
        severity: 'warning',
        kind: 'firmer-than-source',
        message: `drops the source's hedge "${hedge.hedge} ${hedge.phrase}" [${claim.id}, ¶${hedge.paragraph}]`,
        record: claim.id,
        ...citedAt(claim),
      });
      tied.push(claim.id);
      continue;
    }
    if (!restates(claim, data, has)) continue;
    tied.push(claim.id);
    if (claim.kind === 'fact' || attributed) continue;
    const holds =
      claim.kind === 'report'
        ? `only as a report (${claim.attribution ?? 'reports'})`
        : "only as the author's assessment";
    findings.push({
      ...facts.sentence.at(0),
      severity: 'warning',
      kind: 'firmer-than-source',
      message: `stated as fact; the dataset holds this ${holds} [${claim.id}, ¶${claim.sources[0]?.paragraph ?? '?'}]`,
      record: claim.id,
      ...citedAt(claim),
    });
  }
  return { findings, tied };
}

// Whether a sentence says what a claim says: much of what its statement or a quote says beyond
// naming actors (the sentence names one already) and attributing it (a firmer sentence drops
// that); a word counts where one begins the other ("amend", "amendments").
function restates(claim: Claim, data: CheckData, has: (word: string) => boolean): boolean {
  return data.contentWords(claim, ATTRIBUTED_ALL).some((claimWords) => {
    const n = claimWords.filter(has).length;
    return n >= MIN_SHARED && n >= SHARE * claimWords.length;
  });
}

// Whether a sentence has a word, or one that begins it or that it begins (by their first four letters).
function wordTest(words: ReadonlySet<string>): (word: string) => boolean {
  const byStart = new Map<string, string[]>();
  for (const word of words) {
    if (word.length >= 4) byStart.set(word.slice(0, 4), [...(byStart.get(word.slice(0, 4)) ?? []), word]);
  }
  return (word) =>
    words.has(word) || (byStart.get(word.slice(0, 4))?.some((w) => sameWord(w, word)) ?? false);
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

// A hedge of the claim's quotes whose next three words the sentence repeats without it.
function droppedHedge(claim: Claim, sentence: string, data: CheckData): Hedged | undefined {
  return data
    .hedgesOf(claim, hedgedPhrases)
    .find(
      ({ phrase }) =>
        sentence.includes(` ${phrase} `) &&
        !HEDGES.some((hedge) => sentence.includes(` ${hedge} ${phrase} `)),
    );
}

// Every hedge of a claim's quotes with the three words after it.
function hedgedPhrases(claim: Claim): Hedged[] {
  const found: Hedged[] = [];
  for (const source of claim.sources) {
    const quote = words(source.quote);
    for (let i = 0; i < quote.length - 3; i++) {
      if (HEDGES.includes(quote[i]!))
        found.push({
          hedge: quote[i]!,
          phrase: quote.slice(i + 1, i + 4).join(' '),
          paragraph: source.paragraph,
        });
    }
  }
  return found;
}

function words(text: string): string[] {
  return (
    text
      .replace(/[’']/g, "'")
      .toLowerCase()
      .match(/[\p{L}\p{N}']+/gu) ?? []
  ).map((w) => w.replace(/'s$/, ''));
}
