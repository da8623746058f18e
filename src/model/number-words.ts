// Numbers as writers write them, found in running text: digits ("1,735", "2.5 million", "33bcm")
// and words ("five hundred and forty", "thirty-three", "a dozen", "a fifth", "two-thirds"), each
// with where it is and how finely it was written (the step a writer rounded to).

/** A number found in a text. */
export interface WrittenNumber {
  readonly value: number;
  /** Where it starts and ends in the text (a scale word such as "million" included). */
  readonly start: number;
  readonly end: number;
  /** The step the writer rounded to: 1 for "1,735", 10 for "540", 100 for "five hundred", 0.1 for "2.5". */
  readonly step: number;
  /** Written in words ("forty") rather than digits. */
  readonly words: boolean;
  /** A share of a whole ("a fifth", "two-thirds"), as a fraction: 0.2, 0.667. */
  readonly fraction: boolean;
}

const ONES =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
};

/** The value of a number word below a hundred ("forty", "seven"), if it is one. */
export function smallNumberWord(word: string): number | undefined {
  const lower = word.toLowerCase();
  const one = ONES.indexOf(lower);
  if (one >= 0) return one;
  const ten = TENS.indexOf(lower);
  return ten >= 0 ? 20 + 10 * ten : undefined;
}

// Digits, grouped or not, with decimals; not inside a name or a code ("JF-17", "MFI-395"), not an
// ordinal or a decade ("5th", "1990s"); a unit may be glued on ("33bcm", "20%", "1,735-kilometre").
const DIGITS =
  /(?<![\p{L}\p{N}\-/.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\p{N}]|(?:st|nd|rd|th|s)\b|\.\d|[-/](?!(?:kilomet|km\b|mile))\p{L}|(?!(?:km|kms|bcm|bn|mi)\b)\p{L})/gu;
const WORD = /[A-Za-z]+/g;
const DIGIT_SCALE = /^\s+(thousand|million|billion|trillion|bn|m)\b(?!\s+cubic)/i;

/** Every number a text writes, in order. */
export function writtenNumbers(text: string): WrittenNumber[] {
  const found: WrittenNumber[] = [];
  for (const match of text.matchAll(DIGITS)) {
    const [whole, fraction] = [match[1]!.replace(/,/g, ''), match[2] ?? ''];
    let value = Number(whole + fraction);
    let step = fraction ? 10 ** -(fraction.length - 1) : 10 ** trailingZeros(whole);
    let end = match.index + match[0].length;
    const scale = DIGIT_SCALE.exec(text.slice(end));
    if (scale) {
      const factor = scaleOf(scale[1]!);
      value *= factor;
      step *= factor;
      end += scale[0].length;
    }
    found.push({ value: round(value), start: match.index, end, step, words: false, fraction: false });
  }
  const words = [...text.matchAll(WORD)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (let i = 0; i < words.length;) {
    const read = readWords(text, words, i);
    if (read) {
      found.push(read.number);
      i = read.next;
    } else i++;
  }
  return found.sort((a, b) => a.start - b.start);
}

interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

// A number in words starting at token i, and the token after it.
function readWords(
  text: string,
  tokens: readonly Token[],
  i: number,
): { number: WrittenNumber; next: number } | undefined {
  const joined = (a: Token, b: Token) => /^(\s+|\s*-\s*)$/.test(text.slice(a.end, b.start));
  const first = tokens[i]!;
  const next = tokens[i + 1];
  // "a fifth", "two-thirds", "three quarters", "half"
  const numerator = first.word === 'a' || first.word === 'an' ? 1 : smallNumberWord(first.word);
  if (
    numerator !== undefined &&
    numerator > 0 &&
    next &&
    joined(first, next) &&
    DENOMINATORS[next.word] !== undefined
  ) {
    const plural = next.word.endsWith('s') || next.word === 'halves';
    if (numerator === 1 ? !plural : plural)
      return { number: share(numerator / DENOMINATORS[next.word]!, first.start, next.end), next: i + 2 };
  }
  if (first.word === 'half' && !/\bin\s*$/i.test(text.slice(0, first.start)))
    return { number: share(0.5, first.start, first.end), next: i + 1 };
  // "a dozen", "a hundred", "a thousand"
  if ((first.word === 'a' || first.word === 'an') && next && joined(first, next)) {
    const value = next.word === 'dozen' ? 12 : next.word === 'hundred' ? 100 : SCALES[next.word];
    if (value !== undefined)
      return { number: cardinal(value, first.start, next.end, value === 12 ? 1 : value), next: i + 2 };
    return undefined;
  }
  let total = 0;
  let current = 0;
  let j = i;
  let last: Token | undefined;
  let lastWasScale = false;
  for (; j < tokens.length; j++) {
    const token = tokens[j]!;
    if (last && !joined(last, token)) break;
    // "hundred and forty": "and" joins a scale word to the number below a hundred after it
    const after = tokens[j + 1];
    if (
      token.word === 'and' &&
      lastWasScale &&
      after &&
      joined(token, after) &&
      smallNumberWord(after.word) !== undefined
    ) {
      last = token;
      continue;
    }
    const small = smallNumberWord(token.word);
    if (small !== undefined) {
      // After a scale word ("hundred forty"), or ones after tens ("forty-two"); not "one two".
      const afterTens = last !== undefined && TENS.includes(last.word) && small > 0 && small < 10;
      if (last && !lastWasScale && !afterTens) break;
      current += small;
      lastWasScale = false;
    } else if (token.word === 'hundred' && last) {
      current = (current || 1) * 100;
      lastWasScale = true;
    } else if (SCALES[token.word] !== undefined && last && !/^\s+cubic\b/i.test(text.slice(token.end))) {
      total += (current || 1) * SCALES[token.word]!;
      current = 0;
      lastWasScale = true;
    } else if (token.word === 'dozen' && last && current > 0 && current < 20) {
      current *= 12;
      lastWasScale = false;
    } else break;
    last = token;
  }
  if (!last) return undefined;
  const value = total + current;
  return { number: cardinal(value, first.start, last.end, 10 ** trailingZeros(String(value))), next: j };
}

function cardinal(value: number, start: number, end: number, step: number): WrittenNumber {
  return { value, start, end, step: Math.max(1, step), words: true, fraction: false };
}

function share(value: number, start: number, end: number): WrittenNumber {
  return { value: round(value), start, end, step: 0, words: true, fraction: true };
}

function scaleOf(word: string): number {
  const lower = word.toLowerCase();
  return lower === 'bn' ? 1e9 : lower === 'm' ? 1e6 : SCALES[lower]!;
}

function trailingZeros(digits: string): number {
  if (/^0+$/.test(digits)) return 0;
  return digits.length - digits.replace(/0+$/, '').length;
}

// Floating-point noise off a product ("2.5 million" is 2500000, not 2500000.0000000005).
function round(value: number): number {
  return Number(value.toPrecision(12));
}

/** A whole number in words, as a writer spells it: 540 → "five hundred and forty" (up to the millions; else digits). */
export function numberInWords(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= 1e9) return String(value);
  if (value < 20) return ONES[value]!;
  if (value < 100)
    return TENS[Math.floor(value / 10) - 2]! + (value % 10 === 0 ? '' : `-${ONES[value % 10]!}`);
  if (value < 1000) {
    const rest = value % 100;
    return `${ONES[Math.floor(value / 100)]!} hundred${rest === 0 ? '' : ` and ${numberInWords(rest)}`}`;
  }
  const [scale, name] = value < 1e6 ? [1e3, 'thousand'] : [1e6, 'million'];
  const rest = value % scale;
  const joint = rest === 0 ? '' : rest < 100 ? ' and ' : ' ';
  return `${numberInWords(Math.floor(value / scale))} ${name}${joint}${rest === 0 ? '' : numberInWords(rest)}`;
}
