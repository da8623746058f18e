// Figures of a draft against the figures the dataset's claims carry: the same number (however it
// is written) is confirmed; another number for the same measure is a disagreement; a number about
// a known actor that no record gives is unsourced.
import type { Claim, Figure } from '../model/records.js';
import { formatNumber } from '../model/numbers.js';
import { formatFigure } from '../model/format.js';
import { searchWords } from '../model/words.js';
import { citedAt, type Finding } from './finding.js';
import { hasAny, shared, stems, type CheckData, type SentenceFacts } from './context.js';
import { NUMBER_WORDS, unitWord, type FigureMention } from './mentions.js';

interface Candidate {
  readonly claim: Claim;
  readonly figure: Figure;
  /** How well the figure's measure matches the sentence (unit, words of what it measures). */
  readonly score: number;
}

/** The findings on a sentence's figures, and the claims its figures were tied to. */
export function checkFigures(facts: SentenceFacts, data: CheckData): { findings: Finding[]; tied: string[] } {
  const findings: Finding[] = [];
  const tied: string[] = [];
  if (facts.subjects.size === 0) return { findings, tied };
  const claims = data.claims.filter((claim) => hasAny(data.claimActors(claim), facts.subjects));
  for (const figure of facts.figures) {
    // What the number counts may name an actor ("12 JF-17C", "ten Super Mushak"): then only its claims.
    const named = data.subjects.find(
      facts.sentence.text.slice(figure.offset + figure.text.length, figure.end),
    );
    const about =
      named.length === 0
        ? claims
        : claims.filter((claim) => named.some((n) => data.claimActors(claim).has(n.id)));
    const candidates = candidatesFor(figure, facts, about);
    const same = candidates.find((candidate) => fits(figure.value, candidate.figure));
    if (same) {
      tied.push(same.claim.id);
      continue;
    }
    const at = facts.sentence.at(figure.offset);
    const best = bestOf(candidates);
    if (best) {
      tied.push(best.claim.id);
      findings.push({
        ...at,
        severity: 'error',
        kind: 'figure-disagrees',
        message: `${written(figure, facts)}: the source gives ${formatFigure(best.figure)} (${best.figure.of}) [${best.claim.id}, ¶${best.claim.sources[0]?.paragraph ?? '?'}: "${best.claim.sources[0]?.quote ?? ''}"]`,
        record: best.claim.id,
        ...citedAt(best.claim),
      });
    } else if (candidates.length === 0 && !mentionedIn(figure, claims)) {
      findings.push({
        ...at,
        severity: 'warning',
        kind: 'figure-unsourced',
        message: `${written(figure, facts)}: no record about ${[...facts.subjects].join(', ')} gives this figure`,
      });
    }
  }
  return { findings, tied };
}

// The claims' figures that measure what the draft's figure counts: the same unit, or words of
// what the figure measures right after the number ("12 JF-17C").
function candidatesFor(figure: FigureMention, facts: SentenceFacts, claims: readonly Claim[]): Candidate[] {
  const counted = figure.counted.flatMap((word) => (word === '%' ? [word] : searchWords(word))).map(unitWord);
  const found: Candidate[] = [];
  for (const claim of claims) {
    for (const measure of claim.figures) {
      const unit = unitWord(measure.unit.split(' ')[0] ?? '');
      const of = stems(measure.of);
      const unitMatch = counted.includes(unit);
      const ofMatch = shared(counted, of);
      if (!unitMatch && ofMatch === 0) continue;
      // A figure whose measure names a model ("JF-17B") is not a figure of another model the draft counts.
      const models = [...of].filter((word) => /\d/.test(word));
      const countedModels = counted.filter((w) => /\d/.test(w));
      if (countedModels.length > 0 && !countedModels.some((w) => models.some((m) => m.startsWith(w))))
        continue;
      // The unit counts double: "1,800 km" measures a length even in a sentence that also says "carry".
      found.push({ claim, figure: measure, score: (unitMatch ? 2 : 0) + ofMatch + shared(of, facts.words) });
    }
  }
  return found;
}

// Whether a number the draft gives can be the figure: the same value, or for "over 20%" any more
// than 20 ("under", any less; "about", within a tenth).
function fits(value: number, figure: Figure): boolean {
  switch (figure.qualifier) {
    case 'over':
      return value >= figure.value;
    case 'under':
      return value <= figure.value;
    case 'about':
      return Math.abs(value - figure.value) <= Math.abs(figure.value) / 10;
    default:
      return value === figure.value;
  }
}

// The one candidate that fits the sentence best, if it fits well enough (its unit and two words of
// what it measures) and no candidate with another value fits as well.
function bestOf(candidates: readonly Candidate[]): Candidate | undefined {
  const sorted = [...candidates].sort((a, b) => b.score - a.score);
  const [best, next] = sorted;
  if (!best || best.score < 3) return undefined;
  if (next && next.score === best.score && next.figure.value !== best.figure.value) return undefined;
  return best;
}

// A number the claims about the sentence's actors write in their own words ("the five republics").
function mentionedIn(figure: FigureMention, claims: readonly Claim[]): boolean {
  const spelled = [...NUMBER_WORDS].filter(([, value]) => value === figure.value).map(([word]) => word);
  const forms = [String(figure.value), formatNumber(figure.value), ...spelled];
  return claims.some((claim) =>
    [claim.statement, ...claim.sources.map((source) => source.quote)].some((text) =>
      forms.some((form) =>
        new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/\./g, '\\.')}(?![\\p{L}\\p{N}])`, 'iu').test(text),
      ),
    ),
  );
}

// The figure as the draft writes it ("1,800 km TAPI pipeline").
function written(figure: FigureMention, facts: SentenceFacts): string {
  return `"${facts.sentence.text.slice(figure.offset, figure.end)}"`;
}
