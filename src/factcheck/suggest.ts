// The mend for an error: the source's figure or date written as the writer wrote theirs (words for
// words, digits for digits, the same order of day and month), as a machine edit of the draft and as
// the sentence rewritten with it.
import { humanDate } from '../model/human-dates.js';
import { formatNumber } from '../model/numbers.js';
import { numberInWords } from '../model/number-words.js';
import type { DraftSentence } from './draft.js';
import type { Edit } from './finding.js';
import type { DateMention, FigureMention } from './mentions.js';

/** Where each line of a draft starts, to measure an edit's length in the draft itself. */
export type LineStarts = readonly number[];

/** The line starts of a draft (as draftSentences reads it: without a byte order mark). */
export function lineStarts(draft: string): LineStarts {
  const text = draft.replace(/^\uFEFF/, '');
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The edit that replaces [from, to) of a sentence, and the sentence as it reads after it. */
export function mend(
  sentence: DraftSentence,
  starts: LineStarts,
  from: number,
  to: number,
  replacement: string,
): { edit: Edit; suggestion: string } {
  const first = sentence.at(from);
  const last = sentence.at(to);
  const offset = (p: { line: number; column: number }) => (starts[p.line - 1] ?? 0) + p.column - 1;
  return {
    edit: { ...first, length: offset(last) - offset(first), replacement },
    suggestion: sentence.text.slice(0, from) + replacement + sentence.text.slice(to),
  };
}

/** A number written as the writer wrote theirs: in words (capitalised where theirs was) or digits. */
export function numberLike(value: number, written: FigureMention): string {
  if (!written.words || !Number.isInteger(value))
    return /,/.test(written.text) || value >= 10_000 ? formatNumber(value) : String(value);
  const words = numberInWords(value);
  return /^[A-Z]/.test(written.text) ? words[0]!.toUpperCase() + words.slice(1) : words;
}

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

/** An event's date (EDTF) written as the writer wrote theirs: day first or month first, with a year if they gave one. */
export function dateLike(edtf: string, written: DateMention): string {
  const [from, to] = edtf.split('/');
  const a = parts(from);
  const b = to === undefined ? undefined : parts(to);
  if (!a) return humanDate(edtf);
  const year = written.year !== undefined ? ` ${a.year}` : '';
  if (written.month === undefined) return String(a.year);
  const month = MONTHS[(a.month ?? 1) - 1]!;
  if (written.day === undefined || a.day === undefined) return `${month}${year}`;
  const sameMonth =
    b !== undefined && b.month === a.month && b.year === a.year && b.day !== undefined && b.day !== a.day;
  const separator = / to /i.test(written.text)
    ? ' to '
    : / and /i.test(written.text)
      ? ' and '
      : /-/.test(written.text)
        ? '-'
        : '–';
  const days = sameMonth ? `${a.day}${separator}${b.day}` : String(a.day);
  const dayFirst = /^\d/.test(written.text);
  return dayFirst ? `${days} ${month}${year}` : `${month} ${days}${year ? `,${year}` : ''}`;
}

function parts(value: string | undefined): { year: number; month?: number; day?: number } | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value ?? '');
  if (!match) return undefined;
  return {
    year: Number(match[1]),
    ...(match[2] ? { month: Number(match[2]) } : {}),
    ...(match[3] ? { day: Number(match[3]) } : {}),
  };
}
