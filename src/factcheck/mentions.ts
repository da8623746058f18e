// What a sentence of a draft states that the dataset can confirm: figures ("1,735 km", "ten
// aircraft", "five hundred and forty students", "more than a fifth") and dates ("10 to 12 July",
// "in September 2024", "in 2019"), each with its place in the sentence.
import { boundBefore, type Bound } from '../model/figure-fit.js';
import { writtenNumbers } from '../model/number-words.js';
import { PERCENT, readUnit, type Unit } from '../model/units.js';
import { STOP } from './lexicon.js';

/** A number a sentence gives, with its unit or the words after it that say what it counts. */
export interface FigureMention {
  readonly value: number;
  /** The number as written ("1,735", "Five hundred and forty", "a dozen"). */
  readonly text: string;
  readonly offset: number;
  /** Where the number, its unit and the words it counts end. */
  readonly end: number;
  readonly unit?: Unit;
  /** The words after the number (and its unit), lower case: "jf-17c", "super mushak", "students". */
  readonly counted: readonly string[];
  readonly bound: Bound;
  /** Where the words that bound it start ("more than 20%"); offset when there are none. */
  readonly boundAt: number;
  /** The step the writer rounded to (see model/number-words.ts). */
  readonly step: number;
  readonly words: boolean;
}

/** A date a sentence gives: a year, a month, a day or a range of days; what it leaves out matches anything. */
export interface DateMention {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** The last day of a range ("10 to 12 July"). */
  readonly dayEnd?: number;
  readonly text: string;
  readonly offset: number;
}

const MONTH_NAMES =
  'january february march april may june july august september october november december'.split(' ');
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const TO = String.raw`\s*(?:[-–—]|to|and|until|till|through)\s*`;
const YEAR = String.raw`(?:,?\s+((?:19|20)\d\d)\b)?`;
const DATE_FORMS: readonly {
  readonly pattern: RegExp;
  readonly parts: readonly ('day' | 'dayEnd' | 'month' | 'year')[];
}[] = [
  {
    pattern: new RegExp(String.raw`\b${DAY}(?:${TO}${DAY})?\s+(?:of\s+)?${MONTH}(?![\p{L}])${YEAR}`, 'gu'),
    parts: ['day', 'dayEnd', 'month', 'year'],
  },
  {
    pattern: new RegExp(String.raw`\b${MONTH}\s+${DAY}(?:${TO}${DAY})?(?![\d\p{L}])${YEAR}`, 'gu'),
    parts: ['month', 'day', 'dayEnd', 'year'],
  },
  {
    pattern: new RegExp(String.raw`(?:\b(?:mid|early|late)[-\s]+)?\b${MONTH}(?![\p{L}])${YEAR}`, 'gu'),
    parts: ['month', 'year'],
  },
];

/** The dates a sentence gives: days, ranges of days, months (with a year if one follows) and years 1900–2099. */
export function dateMentions(sentence: string): DateMention[] {
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  const free = (from: number, to: number) => !taken.some(([a, b]) => from < b && a < to);
  for (const { pattern, parts } of DATE_FORMS) {
    for (const match of sentence.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (!free(match.index, end)) continue;
      const values: Record<string, string | undefined> = {};
      parts.forEach((part, i) => (values[part] = match[i + 1]));
      const name = values.month!.toLowerCase().replace(/\.$/, '');
      // "May" alone is as often the verb: a month only with a day or year, or after in/on/since/by/until.
      if (
        name === 'may' &&
        values.year === undefined &&
        values.day === undefined &&
        !/\b(in|on|since|by|until|of|early|late|mid|this|last|next)[-\s]+$/i.test(
          sentence.slice(0, match.index),
        )
      )
        continue;
      const month = MONTH_NAMES.findIndex((m) => m.startsWith(name.slice(0, 3))) + 1;
      found.push({
        month,
        ...(values.year !== undefined ? { year: Number(values.year) } : {}),
        ...(values.day !== undefined ? { day: Number(values.day) } : {}),
        ...(values.dayEnd !== undefined ? { dayEnd: Number(values.dayEnd) } : {}),
        text: match[0],
        offset: match.index,
      });
      taken.push([match.index, end]);
    }
  }
  for (const match of sentence.matchAll(
    /(?<![\w.,-])((?:19|20)\d\d)(?![\w,.-]\d|\s*(?:km|%|kilomet|per\b|miles?\b))\b(?!s\b)/g,
  )) {
    if (!free(match.index, match.index + 4)) continue;
    found.push({ year: Number(match[1]), text: match[1]!, offset: match.index });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** The figures a sentence gives, leaving out years, dates, ordinals and numbers in names (JF-17). */
export function figureMentions(
  sentence: string,
  dates: readonly DateMention[] = dateMentions(sentence),
): FigureMention[] {
  const inDate = (at: number) =>
    dates.some((date) => at >= date.offset && at < date.offset + date.text.length);
  const figures: FigureMention[] = [];
  for (const number of writtenNumbers(sentence)) {
    if (inDate(number.start)) continue;
    const text = sentence.slice(number.start, number.end);
    const after = sentence.slice(number.end);
    let unit = readUnit(after);
    // A year is not a figure ("in 2019"); "2,000 km" and "2000 km" are.
    if (
      !number.words &&
      !/,/.test(text) &&
      !unit &&
      number.value >= 1900 &&
      number.value <= 2099 &&
      Number.isInteger(number.value)
    )
      continue;
    const before = sentence.slice(0, number.start);
    const { bound, length: boundLength } = boundBefore(before);
    // A share ("a fifth", "two-thirds") is a figure only as a share of something or with a bound.
    if (number.fraction) {
      if (!/^\s+of\b/i.test(after) && bound === 'exactly') continue;
      unit = { unit: PERCENT, length: 0 };
    }
    const rest = after.slice(unit?.length ?? 0);
    const read = countedWords(rest);
    // A number in words counts something ("ten aircraft"), or it is a word like any other ("one of").
    if (number.words && !number.fraction && read.words.length === 0 && unit === undefined) continue;
    if (number.words && number.value === 1 && /\b(?:no|any|every|some|each)\s+$/i.test(before)) continue;
    figures.push({
      value: number.fraction ? number.value * 100 : number.value,
      text,
      offset: number.start,
      end: number.end + (unit?.length ?? 0) + read.length,
      ...(unit ? { unit: unit.unit } : {}),
      counted: read.words,
      bound,
      boundAt: number.start - boundLength,
      step: number.fraction ? 0 : number.step,
      words: number.words,
    });
  }
  return figures;
}

// The words right after a number (and its unit): "km TAPI pipeline", "JF-17C and" → ['tapi', 'pipeline'], ['jf-17c'].
function countedWords(rest: string): { words: string[]; length: number } {
  const words: string[] = [];
  let length = 0;
  for (const match of rest.matchAll(/\s*([\p{L}\p{N}][\p{L}\p{N}\-’']*)|\s*(\S)/gu)) {
    const word = match[1]?.toLowerCase().replace(/[’']s?$/, '');
    if (word === undefined || STOP.has(word) || /^\d/.test(word)) break;
    words.push(word);
    length = match.index + match[0].length;
    if (words.length === 3) break;
  }
  return { words, length };
}
