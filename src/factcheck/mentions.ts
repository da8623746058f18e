// What a sentence of a draft states that the dataset can confirm: figures ("1,735 km", "ten
// aircraft") and dates ("in July 2024", "in 2019"), each with its offset in the sentence.

/** A number a sentence gives, with the words after it that say what it counts. */
export interface FigureMention {
  readonly value: number;
  readonly text: string;
  readonly offset: number;
  /** The words after the number, folded ("jf-17c", "aircraft"), up to a small word or punctuation. */
  readonly counted: readonly string[];
  /** Where the number and the words it counts end. */
  readonly end: number;
}

/** A date a sentence gives: a year, a month, or both (a month without a year matches any year). */
export interface DateMention {
  readonly year?: number;
  readonly month?: number;
  readonly text: string;
  readonly offset: number;
}

const SMALL =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );
const TENS = ['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** Number words a writer spells out, and their values. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...SMALL.map((word, i) => [word, i + 1] as const),
  ...TENS.map((word, i) => [word, 30 + 10 * i] as const),
  ['dozen', 12],
  ['hundred', 100],
]);
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// Words that end what a number counts.
const STOP = new Set(
  'a an and or the of in on at to for from by with as but than while that which who was were is are has have had its their'.split(
    ' ',
  ),
);
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** The dates a sentence gives: month names (with a year if one follows) and years 1900–2099. */
export function dateMentions(sentence: string): DateMention[] {
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  const monthPattern = new RegExp(
    `(?:\\b\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+)?\\b(${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})\\b(?:\\s+\\d{1,2}(?!\\d)(?:\\s*[-–]\\s*\\d{1,2}(?!\\d))?,?)?(?:\\s+((?:19|20)\\d\\d)\\b)?`,
    'g',
  );
  for (const match of sentence.matchAll(monthPattern)) {
    // "May" alone is as often the verb: a month only with a year or after in/on/since/by/until.
    if (
      match[1] === 'May' &&
      match[2] === undefined &&
      !/\b(in|on|since|by|until|of|early|late|mid)\s+$/i.test(sentence.slice(0, match.index))
    )
      continue;
    const month = MONTHS.indexOf(match[1]!.toLowerCase()) + 1;
    found.push({
      month,
      ...(match[2] !== undefined ? { year: Number(match[2]) } : {}),
      text: match[0],
      offset: match.index,
    });
    taken.push([match.index, match.index + match[0].length]);
  }
  for (const match of sentence.matchAll(
    /(?<![\w.,-])((?:19|20)\d\d)(?![\w,.-]\d|\s*(?:km|%|kilomet|per\b))\b/g,
  )) {
    if (taken.some(([from, to]) => match.index >= from && match.index < to)) continue;
    found.push({ year: Number(match[1]), text: match[1]!, offset: match.index });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** The figures a sentence gives: numbers in digits or words, leaving out years, dates, ordinals and numbers in names (JF-17). */
export function figureMentions(
  sentence: string,
  dates: readonly DateMention[] = dateMentions(sentence),
): FigureMention[] {
  const inDate = (at: number) =>
    dates.some((date) => at >= date.offset && at < date.offset + date.text.length);
  const figures: FigureMention[] = [];
  const pattern =
    /(?<![\p{L}\p{N}\-/.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\p{N}]|(?:st|nd|rd|th)\b|[-/]\p{L}|\.\d|(?!(?:km|kms|bcm)\b|%)\p{L})|\b[A-Za-z]+\b/gu;
  let consumed = -1; // "thirty-three" is read as one number: its "three" is not another
  for (const match of sentence.matchAll(pattern)) {
    if (match.index < consumed) continue;
    const word = match[0].toLowerCase();
    let value: number | undefined;
    let text = match[0];
    if (match[1] !== undefined) {
      if (inDate(match.index)) continue;
      value = Number(match[1].replace(/,/g, '') + (match[2] ?? ''));
      if (match[2] === undefined && !match[1].includes(',') && value >= 1900 && value <= 2099) continue;
    } else {
      value = NUMBER_WORDS.get(word);
      if (value === undefined) continue;
      const unit = /^[-\s]([a-z]+)\b/i.exec(sentence.slice(match.index + text.length));
      const ones = unit ? NUMBER_WORDS.get(unit[1]!.toLowerCase()) : undefined;
      if ((word === 'twenty' || TENS.includes(word)) && ones !== undefined && ones < 10) {
        value += ones;
        text += unit![0];
        consumed = match.index + text.length;
      }
      // "a dozen", "a hundred", but "one" only where it counts something (not "one of", "no one").
      if ((word === 'dozen' || word === 'hundred') && !/\ba\s+$/i.test(sentence.slice(0, match.index)))
        continue;
    }
    const after = sentence.slice(match.index + text.length);
    // "33 billion cubic metres" is 33 bcm, as the data gives gas volumes.
    const bcm = /^\s+billion\s+cubic\s+met(?:re|er)s\b/i.exec(after);
    const scale = bcm ? undefined : /^\s+(thousand|million|billion)\b/i.exec(after);
    if (scale) value *= SCALE[scale[1]!.toLowerCase()]!;
    const rest = after.slice((bcm ?? scale)?.[0].length ?? 0);
    const read = countedWords(rest);
    const counted = bcm ? ['bcm', ...read.words].slice(0, 3) : read.words;
    const length = read.length;
    if (match[1] === undefined && counted.length === 0) continue;
    const end = match.index + text.length + (after.length - rest.length) + length;
    figures.push({ value, text, offset: match.index, counted, end });
  }
  return figures;
}

// The words right after a number: "% of", "km TAPI pipeline", "JF-17C and" → ['%'], ['km', 'tapi', 'pipeline'], ['jf-17c'].
function countedWords(rest: string): { words: string[]; length: number } {
  const words: string[] = [];
  const percent = /^\s*(%|per\s?cent\b)/i.exec(rest);
  if (percent) return { words: ['%'], length: percent[0].length };
  let length = 0;
  for (const match of rest.matchAll(/\s*([\p{L}\p{N}][\p{L}\p{N}\-’']*)|\s*(\S)/gu)) {
    const word = match[1]?.toLowerCase().replace(/[’']s$/, '');
    if (word === undefined || STOP.has(word) || NUMBER_WORDS.has(word) || /^\d/.test(word)) break;
    words.push(word);
    length = match.index + match[0].length;
    if (words.length === 3) break;
  }
  return { words, length };
}

/** A word without its plural or verb ending, so that "aircrafts" meets "aircraft" and "visited" "visit". */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length <= 4) return lower;
  return lower.replace(/(?:ies|ied)$/, 'y').replace(/(?:es|s|ed|ing)$/, '') || lower;
}

/** Units a writer spells in more than one way, in one form. */
export function unitWord(word: string): string {
  const lower = word.toLowerCase();
  if (/^(km|kms|kilomet(er|re)s?)$/.test(lower)) return 'km';
  if (/^(%|percent|per ?cent)$/.test(lower)) return '%';
  if (/^(aircrafts?|planes?|jets?|fighters?|trainers?)$/.test(lower)) return 'aircraft';
  return stem(lower);
}
