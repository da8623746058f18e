// Figures of a draft against the figures the dataset's claims carry. A figure is measured against
// the claim figure about the same subject and the same measure in its own clause: the same unit
// (or one it converts to), what it counts ("12 JF-17C"), the actors and the act of its clause
// ("Islamabad has been pushing Tashkent to buy ten" is the sale Pakistan pushes on Uzbekistan, not
// Azerbaijan's purchase). A figure the source contradicts is an error; one that says more than the
// source (a bound beyond the source's) is a warning; one no record gives, about a known actor, too.
import { fitFigure, sumOf, type Fit } from '../model/figure-fit.js';
import { formatFigure } from '../model/format.js';
import { numberInWords } from '../model/number-words.js';
import { formatNumber } from '../model/numbers.js';
import type { Claim, Figure } from '../model/records.js';
import { stemWord } from '../model/stem.js';
import { convert, readUnit, sameDimension, unitOf, type Unit } from '../model/units.js';
import { countIn, type CheckData, type Placed, type SentenceFacts } from './context.js';
import { citedAt, type Checked, type Finding } from './finding.js';
import { actsOf } from './lexicon.js';
import type { FigureMention } from './mentions.js';
import { mend, numberLike, type LineStarts } from './suggest.js';
import type { Clause } from './text.js';

interface Candidate {
  readonly claim: Claim;
  readonly figure: Figure;
  readonly score: number;
  readonly fit: Fit;
  /** How well the claim's actors (other than what the figure counts) fit the clause's: 0, not the same subject. */
  readonly subject: number;
}

// How well a candidate must fit the clause to be measured against at all, and by how much the best
// must lead a candidate the figure fits for the figure to be said to disagree.
const ENOUGH = 3;
const LEAD = 1;

/** The findings on a sentence's figures, and the claims its figures were tied to. */
export function checkFigures(facts: SentenceFacts, data: CheckData, starts: LineStarts): Checked {
  const findings: Finding[] = [];
  const tied: string[] = [];
  if (facts.actors.size === 0 || facts.figures.length === 0) return { findings, tied };
  const about = data.claimsAbout(facts.actors);
  const claims = about.filter((claim) => claim.figures.length > 0);
  for (const figure of facts.figures) {
    const candidates = candidatesFor(figure, facts, claims, data).sort((a, b) => b.score - a.score);
    const best = candidates[0];
    const fitting = candidates.find((c) => c.fit === 'fits' && (c === best || c.score > best!.score - LEAD));
    if (fitting) {
      tied.push(fitting.claim.id);
      continue;
    }
    if (best && best.score >= ENOUGH && best.subject > 0) {
      tied.push(best.claim.id);
      findings.push(disagreement(figure, best, facts, starts));
    } else if (
      !candidates.some((c) => c.score >= ENOUGH) &&
      countsAsStatistic(figure) &&
      !writtenIn(figure, about)
    ) {
      findings.push({
        ...facts.sentence.at(figure.offset),
        severity: 'warning',
        kind: 'figure-unsourced',
        message: `${quoted(figure, facts)}: no record about ${[...facts.actors].join(', ')} gives this figure`,
      });
    }
  }
  return { findings, tied };
}

// The claim figures of the same measure as the draft's, each scored by how well its subject and
// act fit the figure's clause, with how the figure fits it.
function candidatesFor(
  figure: Placed<FigureMention>,
  facts: SentenceFacts,
  claims: readonly Claim[],
  data: CheckData,
): Candidate[] {
  const clause = facts.clauses[figure.clause]!;
  const counted = countedOf(figure, facts, data);
  const unit = figure.unit ?? counted.unit;
  const acts = actsOf(clause.stems);
  const years = facts.dates
    .filter((d) => d.clause === figure.clause && d.year !== undefined)
    .map((d) => String(d.year));
  const found: Candidate[] = [];
  for (const claim of claims) {
    const actors = data.claimActors(claim);
    for (const measure of claim.figures) {
      const source = unitOf(measure.unit);
      const of = data.stems(claim.id, `of:${measure.of}`, () => `${measure.of} ${measure.unit}`);
      // The same measure: a unit of the same dimension, or the words of what it counts.
      const unitMatch = unit !== undefined && sameDimension(unit, source);
      if (unit !== undefined && !unitMatch && !source.dimension.startsWith('count:')) continue;
      const ofMatch = countIn(counted.stems, of) + countIn(counted.actors, actors);
      if (!unitMatch && ofMatch === 0) continue;
      if (!sameModel(counted.models, measure.of)) continue;
      const statement = data.stems(claim.id, 'statement', () => claim.statement);
      // What a count counts ("ten Super Mushak") is not whom it is about; what a measure measures ("1,800 km TAPI pipeline") is.
      const isCount = unit === undefined || unit.dimension.startsWith('count:');
      const subject = subjectFit(clause, facts.actors, actors, isCount ? counted.actors : new Set(), data);
      // A year the clause gives that the claim's figure or statement gives too ("in 2019").
      const year = years.some((y) => measure.of.includes(y) || claim.statement.includes(y)) ? 1.5 : 0;
      const score =
        (unitMatch ? 2 : 0) +
        ofMatch +
        subject +
        year +
        (intersects(acts, actsOf(new Set([...of, ...statement]))) ? 1 : 0) +
        data.weightShared(clause.stems, new Set([...of, ...statement])) / 4;
      const converted = unit !== undefined && unitMatch && unit.factor !== source.factor;
      const inUnit = (value: number) => (unitMatch && unit ? convert(value, source, unit) : value);
      // "fifteen JF-17s" for twelve and three: a sum of two figures or more of one unit.
      const parts = claim.figures.filter((f) => f.unit === measure.unit);
      const sum = parts.length > 1 ? inUnit(sumOf(parts.map((f) => f.value))) : NaN;
      const stated = { value: figure.value, step: figure.step, bound: figure.bound, converted };
      const fit =
        stated.value === sum && figure.bound === 'exactly'
          ? 'fits'
          : fitFigure(stated, { value: inUnit(measure.value), bound: measure.qualifier });
      found.push({ claim, figure: measure, score, fit, subject });
    }
  }
  return found;
}

// What a figure counts: the stems of the words after it, the actors they name ("JF-17C", "Super
// Mushak") and the models among them, and a unit among them ("ten Super Mushak trainers").
function countedOf(figure: FigureMention, facts: SentenceFacts, data: CheckData) {
  const span = facts.sentence.text.slice(figure.offset, figure.end);
  // "Super Mushaks", "JF-17Cs": a name in the plural names its actor too.
  const singular = span.replace(/(?<=[\p{L}\p{N}])s\b/gu, ' ');
  // (a country's adjective before the noun, "200 Uzbek officers", says whose they are, not what they are)
  const named = [...data.subjects.find(span), ...data.subjects.find(singular)]
    .map((mention) => mention.id)
    .filter((id) => !data.isSubject(id));
  const unit = figure.counted.map((word) => readUnit(word)?.unit).find((u): u is Unit => u !== undefined);
  return {
    stems: new Set(
      figure.counted
        .flatMap((word) => word.split(/[^\p{L}\p{N}]+/u))
        .filter(Boolean)
        .map(stemWord),
    ),
    actors: new Set(named),
    models: figure.counted.filter((word) => /\d/.test(word)),
    unit,
  };
}

// A figure whose measure names a model ("JF-17B aircraft") is not a figure of another model the draft counts.
function sameModel(models: readonly string[], of: string): boolean {
  if (models.length === 0) return true;
  const named = of
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => /\d/.test(word));
  return models.some((model) => named.some((word) => word.startsWith(model.replace(/s$/, ''))));
}

// How well the claim's actors fit the clause: actors of the clause count fully, actors named
// elsewhere in the sentence half; a claim about another subject ("Tashkent" is not "Baku") not at all.
function subjectFit(
  clause: Clause,
  sentence: ReadonlySet<string>,
  claim: ReadonlySet<string>,
  counted: ReadonlySet<string>,
  data: CheckData,
): number {
  let fit = 0;
  for (const actor of sentence) {
    if (counted.has(actor) || !claim.has(actor)) continue;
    fit += clause.actors.has(actor) ? 1 : 0.5;
  }
  return fit - (data.otherSubject(clause.actors.size > 0 ? clause.actors : sentence, claim) ? 3 : 0);
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

// The error (or the warning, for a figure that says more than the source) against the best candidate.
function disagreement(
  figure: Placed<FigureMention>,
  best: Candidate,
  facts: SentenceFacts,
  starts: LineStarts,
): Finding {
  const source = best.claim.sources[0];
  const cite = `[${best.claim.id}, ¶${source?.paragraph ?? '?'}: "${source?.quote ?? ''}"]`;
  const common = { record: best.claim.id, ...citedAt(best.claim) };
  if (best.fit === 'unsupported')
    return {
      ...facts.sentence.at(figure.offset),
      severity: 'warning',
      kind: 'figure-unsupported',
      message: `${quoted(figure, facts)}: the source gives only ${formatFigure(best.figure)} (${best.figure.of}) ${cite}`,
      ...common,
    };
  const unit = unitOf(best.figure.unit);
  const written = figure.unit;
  const converted = written && written.name !== unit.name && sameDimension(written, unit);
  const also = converted
    ? `, about ${numberLike(Math.round(convert(best.figure.value, unit, written)), figure)} ${written.name}`
    : '';
  // The mend: the source's figure (with its bound and unit where the draft's differ) in the draft's words.
  const bounded = best.figure.qualifier !== 'exactly' || figure.bound === 'over' || figure.bound === 'under';
  const from = bounded ? figure.boundAt : figure.offset;
  const value = numberLike(best.figure.value, figure);
  let replacement = bounded
    ? formatFigure(best.figure)
    : converted
      ? `${value} ${best.figure.unit.split(' ')[0]}`
      : value;
  let to =
    bounded || converted
      ? figure.offset + figure.text.length + unitLength(figure, facts)
      : figure.offset + figure.text.length;
  // One of a thing, not "one Super Mushaks".
  const counted = facts.sentence.text.slice(to, figure.end);
  if (!bounded && !converted && best.figure.value === 1 && figure.value !== 1 && /[^s]s$/.test(counted)) {
    replacement += counted.slice(0, -1);
    to = figure.end;
  }
  return {
    ...facts.sentence.at(figure.offset),
    severity: 'error',
    kind: 'figure-disagrees',
    message: `${quoted(figure, facts)}: the source gives ${formatFigure(best.figure)}${also} (${best.figure.of}) ${cite}`,
    ...common,
    ...mend(facts.sentence, starts, from, to, replacement),
  };
}

// How long the unit right after a figure's number is ("km", " per cent").
function unitLength(figure: FigureMention, facts: SentenceFacts): number {
  return readUnit(facts.sentence.text.slice(figure.offset + figure.text.length))?.length ?? 0;
}

// A number worth sourcing: in digits, ten or more, or with a unit ("two sides" is not a statistic).
function countsAsStatistic(figure: FigureMention): boolean {
  return !figure.words || figure.value >= 10 || figure.unit !== undefined;
}

// A number the claims about the sentence's actors write in their own words ("the five republics").
function writtenIn(figure: FigureMention, claims: readonly Claim[]): boolean {
  const forms = new Set([
    String(figure.value),
    formatNumber(figure.value),
    numberInWords(figure.value),
    figure.text.toLowerCase(),
  ]);
  return claims.some((claim) =>
    [claim.statement, ...claim.sources.map((s) => s.quote)].some((text) =>
      [...forms].some((form) =>
        new RegExp(
          `(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
          'iu',
        ).test(text),
      ),
    ),
  );
}

// The figure as the draft writes it ("1,800 km TAPI pipeline").
function quoted(figure: FigureMention, facts: SentenceFacts): string {
  return `"${facts.sentence.text.slice(figure.offset, figure.end)}"`;
}
