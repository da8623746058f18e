// Whether a figure as a writer states it fits a figure as a source gives it: each is a range of
// values (a bound is open on one side; a rounded or converted number covers its rounding step), and
// the writer's range must hold the source's. Ranges that do not meet contradict each other; a
// writer's range that meets the source's without holding it says more than the source does.

/** How a figure is bounded: as written ("1,735"), or more than, less than, about. */
export type Bound = 'exactly' | 'over' | 'under' | 'about';

/** A figure as a draft states it, in the draft's unit. */
export interface StatedFigure {
  readonly value: number;
  /** The step the writer rounded to (0 for an exact share such as "a fifth"). */
  readonly step: number;
  readonly bound: Bound;
  /** Converted from another unit, or written in words of another kind (a share as a fraction): then rounded. */
  readonly converted: boolean;
}

/** A figure as the source gives it, already in the draft's unit. */
export interface SourceFigure {
  readonly value: number;
  readonly bound: Bound;
}

/** fits: the source says as much; contradicts: the source says otherwise; unsupported: the draft says more than the source. */
export type Fit = 'fits' | 'contradicts' | 'unsupported';

type Range = readonly [low: number, high: number];

/** Measures a stated figure against the source's. */
export function fitFigure(stated: StatedFigure, source: SourceFigure): Fit {
  const written = statedRange(stated);
  const sourced = sourceRange(source);
  const tolerance = 1e-9 * Math.max(1, Math.abs(source.value));
  if (written[1] < sourced[0] - tolerance || sourced[1] < written[0] - tolerance) return 'contradicts';
  if (written[0] <= sourced[0] + tolerance && sourced[1] <= written[1] + tolerance) return 'fits';
  return 'unsupported';
}

/** A sum of the source's figures ("fifteen JF-17s" for twelve and three) fits as each of them would. */
export function sumOf(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0);
}

// A stated figure's range: a rounded (about, converted) number covers its rounding step.
function statedRange({ value, step, bound, converted }: StatedFigure): Range {
  return rangeOf(value, bound, bound === 'about' || converted ? step / 2 : 0);
}

// A source figure's range: "about" is taken within a tenth.
function sourceRange({ value, bound }: SourceFigure): Range {
  return rangeOf(value, bound, bound === 'about' ? Math.abs(value) / 10 : 0);
}

function rangeOf(value: number, bound: Bound, half: number): Range {
  if (bound === 'over') return [value, Infinity];
  if (bound === 'under') return [-Infinity, value];
  return [value - half, value + half];
}

// Words before a number that bound it, nearest last ("more than", "exceeds", "about").
const OVER =
  /\b(?:more\s+than|over|above|exceed(?:s|ed|ing)?|in\s+excess\s+of|upwards\s+of|at\s+least|greater\s+than|beyond|surpass(?:es|ed|ing)?|tops?|topped|just\s+over|well\s+over)\s+$/i;
const UNDER =
  /\b(?:less\s+than|under|below|fewer\s+than|at\s+most|up\s+to|no\s+more\s+than|short\s+of|just\s+under|not\s+even)\s+$/i;
const ABOUT =
  /\b(?:about|around|some|roughly|approximately|nearly|almost|close\s+to|an\s+estimated|circa|c\.|estimated|just\s+about|an\s+approximate)\s+$|~\s*$/i;

/** The bound the words right before a number put on it, and how many characters of before say so. */
export function boundBefore(before: string): { bound: Bound; length: number } {
  for (const [bound, pattern] of [
    ['over', OVER],
    ['under', UNDER],
    ['about', ABOUT],
  ] as const) {
    const match = pattern.exec(before.slice(-40));
    if (match) return { bound, length: match[0].length };
  }
  return { bound: 'exactly', length: 0 };
}
