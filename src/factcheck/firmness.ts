// Clauses firmer than their source, read by meaning: a clause that says what a hedge of a quote
// covers ("alleged support for certain militant groups", "accused of not dismantling …", "the
// perception that cheap labour …") without any hedge of its own, in any order of words; a report
// the dataset holds only as a report, stated as plain fact; a group the source hedges ("almost
// all exporters") made whole ("all exporters"). Each is a warning, naming the claim; none is raised
// where another record states the same thing without the hedge, or where the sentence before, in
// the same paragraph, attributes what it goes on to report.
import type { Claim } from '../model/records.js';
import type { CheckData, SentenceFacts } from './context.js';
import { citedAt, type Finding } from './finding.js';
import { ATTRIBUTION, HEDGES, QUANTIFIER_HEDGE, QUANTIFIERS } from './lexicon.js';
import type { Clause } from './text.js';

/** A hedge of a quote and what it covers. */
interface Hedged {
  readonly hedge: string;
  /** The hedge with the words it covers, as the quote has them. */
  readonly phrase: string;
  readonly stems: ReadonlySet<string>;
  readonly paragraph: number;
}

/** The attributions of the reports a sentence attributed, for the sentences after it in its paragraph. */
export interface Carried {
  readonly block: number;
  readonly attributions: ReadonlySet<string>;
}

// How much of a hedge's words a clause must repeat, and how much of a clause a claim must carry
// (by how telling each word is) for the clause to restate it.
const HEDGE_SHARE = 0.6;
const COVER = 0.8;
const COVER_WORDS = 0.75;
const MIN_WEIGHT = 6;
// A claim that names none of the sentence's actors must share more to be found by its words alone.
const MIN_WEIGHT_UNNAMED = 12;

/** The findings of clauses firmer than their source, the claims the sentence restates, and what it attributes onward. */
export function checkFirmness(
  facts: SentenceFacts,
  data: CheckData,
  carried: Carried | undefined,
): { findings: Finding[]; tied: string[]; carried: Carried | undefined } {
  const findings: Finding[] = [];
  const tied = new Set<string>();
  const text = facts.sentence.text;
  const attributed = ATTRIBUTION.test(text);
  const running = carried?.block === facts.sentence.block ? carried.attributions : new Set<string>();
  const reports = new Set<string>();
  const named = data.claimsAbout(facts.actors);
  const claims = [...new Set([...named, ...data.claimsSharing(facts.clauses)])];
  const isNamed = new Set(named);
  for (const clause of facts.clauses) {
    const clauseText = text.slice(clause.start, clause.end);
    const hedgedHere = ATTRIBUTION.test(clauseText) || QUANTIFIER_HEDGE.test(clauseText);
    for (const claim of claims) {
      const restated = restates(clause, claim, data, isNamed.has(claim) ? MIN_WEIGHT : MIN_WEIGHT_UNNAMED);
      const hedge = hedgedHere ? undefined : droppedHedge(clause, claim, claims, data);
      if (restated || hedge) tied.add(claim.id);
      if (restated && claim.kind === 'report') reports.add(claim.attribution ?? '');
      const at = (offset: number) => ({ ...facts.sentence.at(offset), record: claim.id, ...citedAt(claim) });
      // (the clause's first word that says something: not "and", "because")
      const start =
        (clause.tokens.find((t) => t.content || t.named) ?? clause.tokens[0])?.start ?? clause.start;
      if (hedge && claim.kind !== 'report') {
        findings.push({
          ...at(start),
          severity: 'warning',
          kind: 'firmer-than-source',
          message: `drops the source's hedge "${hedge.hedge}" ("${shortened(hedge.phrase)}") [${claim.id}, ¶${hedge.paragraph}]`,
        });
        continue;
      }
      if (!restated && !hedge) continue;
      const firm = firmerQuantifier(clauseText, claim);
      if (firm) {
        findings.push({
          ...at(clause.start + firm.index),
          severity: 'warning',
          kind: 'firmer-than-source',
          message: `"${firm.word}": the source says "${firm.source}" [${claim.id}, ¶${claim.sources[0]?.paragraph ?? '?'}]`,
        });
        continue;
      }
      if (
        claim.kind !== 'report' ||
        (!hedge && (attributed || hedgedHere)) ||
        running.has(claim.attribution ?? '')
      )
        continue;
      findings.push({
        ...at(start),
        severity: 'warning',
        kind: 'firmer-than-source',
        message: `stated as fact; the dataset holds this only as a report (${claim.attribution ?? 'reports'}) [${claim.id}, ¶${claim.sources[0]?.paragraph ?? '?'}]`,
      });
    }
  }
  const attributes = (attributed || running.size > 0) && reports.size > 0;
  return {
    findings,
    tied: [...tied],
    carried: attributes ? { block: facts.sentence.block, attributions: reports } : undefined,
  };
}

// Whether a clause says what a claim says: most of the clause's meaning (its words, and what they
// weigh by how telling each is) is in the claim's statement or quotes; words that attribute are not
// what is said ("complained that banks …").
function restates(clause: Clause, claim: Claim, data: CheckData, least: number): boolean {
  const record = data.stems(claim.id, 'text', () =>
    [claim.statement, ...claim.sources.map((s) => s.quote)]
      .join(' ')
      .replace(new RegExp(ATTRIBUTION.source, 'gi'), ' '),
  );
  const said = new Set(
    clause.tokens
      .filter((t) => t.content && !ATTRIBUTION.test(t.lower) && data.retrieval.weight(t.stem) > 0)
      .map((t) => t.stem),
  );
  const shared = data.weightShared(clause.stems, record);
  if (shared < least) return false;
  const words = [...said].filter((stem) => clause.stems.has(stem) && record.has(stem)).length;
  return shared >= COVER * data.weightOf(said) && words >= COVER_WORDS * said.size;
}

// A hedge of the claim's quotes whose words the clause repeats (most of them, in any order), unless
// another record about the clause's actors states those words without a hedge, in words the clause shares.
function droppedHedge(
  clause: Clause,
  claim: Claim,
  claims: readonly Claim[],
  data: CheckData,
): Hedged | undefined {
  for (const hedged of hedgesOf(claim, data)) {
    const matched = [...hedged.stems].filter((stem) => clause.stems.has(stem));
    if (matched.length < 2 || matched.length < HEDGE_SHARE * hedged.stems.size) continue;
    const plain = claims.some((other) => other !== claim && statesPlainly(other, matched, clause, data));
    if (!plain) return hedged;
  }
  return undefined;
}

// Whether a claim's quotes have the words unhedged, in a clause that shares another word with the draft's.
function statesPlainly(claim: Claim, words: readonly string[], clause: Clause, data: CheckData): boolean {
  return claim.sources.some((source, i) =>
    source.quote.split(/[;,]\s+/).some((part, j) => {
      if (ATTRIBUTION.test(part)) return false;
      const stems = data.stems(claim.id, `quote:${i}:${j}`, () => part);
      if (!words.every((word) => stems.has(word))) return false;
      return [...clause.own].some((stem) => !words.includes(stem) && stems.has(stem));
    }),
  );
}

// The hedges of a claim's quotes, each with the words it covers (read once per claim).
function hedgesOf(claim: Claim, data: CheckData): Hedged[] {
  return data.memo(claim.id, 'hedges', () => {
    const found: Hedged[] = [];
    claim.sources.forEach((source) => {
      const quote = source.quote;
      for (const { pattern, reach } of HEDGES) {
        for (const match of quote.matchAll(pattern)) {
          const end = match.index + match[0].length;
          const stop = quote.slice(end).search(/[,;.]|\s(?:which|while|but)\s/);
          const start =
            Math.max(quote.lastIndexOf(',', match.index), quote.lastIndexOf(';', match.index)) + 1;
          const covered =
            reach === 'forward'
              ? quote.slice(end, stop < 0 ? undefined : end + stop)
              : quote.slice(start, match.index);
          const stems = data.stems(claim.id, `hedge:${covered}`, () => covered);
          if (stems.size < 2) continue;
          const phrase = reach === 'forward' ? `${match[0]}${covered}` : `${covered}${match[0]}`;
          found.push({
            hedge: match[0].replace(/\s+/g, ' '),
            phrase: phrase.trim(),
            stems,
            paragraph: source.paragraph,
          });
        }
      }
    });
    return found;
  });
}

// A word that makes whole a group the claim's quote hedges ("All" for "Almost all").
function firmerQuantifier(
  clause: string,
  claim: Claim,
): { word: string; index: number; source: string } | undefined {
  if (QUANTIFIER_HEDGE.test(clause)) return undefined;
  for (const { hedged, firm } of QUANTIFIERS) {
    const source = claim.sources.map((s) => hedged.exec(s.quote)?.[0]).find((q) => q !== undefined);
    const written = source === undefined ? null : firm.exec(clause);
    if (source !== undefined && written)
      return { word: written[0], index: written.index, source: source.toLowerCase() };
  }
  return undefined;
}

// A hedged phrase cut to its first ten words for a message.
function shortened(phrase: string): string {
  const words = phrase.split(/\s+/);
  return words.length <= 10 ? phrase : `${words.slice(0, 10).join(' ')} …`;
}
