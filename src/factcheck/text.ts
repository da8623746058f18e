// A sentence as check reads it: words with their stems and the actors they name, cut into clauses,
// so that a figure or a date is measured against what its own clause is about.
import { stemWord } from '../model/stem.js';
import { SYNONYMS } from '../query/search/synonyms.js';
import { STOP } from './lexicon.js';
import type { SubjectFinder } from './subjects.js';

/** A word of a sentence: where it is, its stem, and the actor it names (the first word of a name). */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  readonly stem: string;
  /** The actors a name starting here names (a title with its country names both); words after the first have named set. */
  readonly actors?: readonly string[];
  readonly named: boolean;
  /** A word that carries meaning (not a small word, a name or a number). */
  readonly content: boolean;
}

/** A clause: a span of the sentence, its words, and what they name and mean. */
export interface Clause {
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  /** The actors it names. */
  readonly actors: ReadonlySet<string>;
  /** The stems of its meaningful words, with those of their synonyms. */
  readonly stems: ReadonlySet<string>;
  /** The stems of its meaningful words alone. */
  readonly own: ReadonlySet<string>;
}

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}\-’']*/gu;

/** The words of a text, with the actors its names name. */
export function tokensOf(text: string, subjects: SubjectFinder): Token[] {
  const names = subjects.find(text);
  const tokens: Token[] = [];
  let n = 0; // the first name that does not end before the word (names come in order)
  for (const match of text.matchAll(WORDS)) {
    const raw = match[0].replace(/[’']s?$/, '');
    const lower = raw.toLowerCase();
    const start = match.index;
    while (n < names.length && names[n]!.offset + names[n]!.length <= start) n++;
    const named = n < names.length && names[n]!.offset <= start;
    const here: string[] = [];
    for (let k = n; k < names.length && names[k]!.offset === start; k++) here.push(names[k]!.id);
    const numeric = /^\d/.test(lower);
    tokens.push({
      start,
      end: start + match[0].length,
      lower,
      stem: numeric ? lower : stemWord(lower),
      ...(here.length > 0 ? { actors: here } : {}),
      named,
      content: !named && !numeric && !STOP.has(lower) && lower.length > 1,
    });
  }
  return tokens;
}

// Where a sentence breaks into clauses: a semicolon or colon; a comma before and, but, while,
// whereas, which, having; "and" before a word that starts a new clause ("and in September 2024
// it agreed", "and intends to visit"); because; "after the …", which tells of another event.
const BREAK =
  /[;:]\s+|,\s+(?=(?:and|but|while|whereas|which|having|yet|so|although|though|as)\b)|\s(?=(?:and|but|while|having|because|after|before|following|until)\s)/gi;
// After "and" or "but": a word that starts a clause; after "after", "before"…: an article.
const AND_THEN =
  /^\s(?:and|but)\s+(?:in|on|since|after|then|later|it|he|she|they|its|has|have|had|is|are|was|were|will|would|intends?|plans?|agreed|also|now|still|again|went|gone)\b/i;
const EVENT_AFTER = /^\s(?:after|before|following|until)\s+(?:the|a|an|his|her|its|their)\b/i;

// Whether a match of BREAK really starts a clause.
function breaks(text: string, at: number, match: string): boolean {
  if (
    !/^\s(?:and|but|after|before|following|until)\b/i.test(
      match + text.slice(at + match.length, at + match.length + 12),
    )
  )
    return true;
  const rest = text.slice(at, at + 40);
  return AND_THEN.test(rest) || EVENT_AFTER.test(rest);
}

/** The clauses of a sentence, with their words. */
export function clausesOf(text: string, tokens: readonly Token[]): Clause[] {
  const cuts = [
    0,
    ...[...text.matchAll(BREAK)].filter((m) => breaks(text, m.index, m[0])).map((m) => m.index + m[0].length),
    text.length,
  ];
  const clauses: Clause[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    if (end <= start) continue;
    const inside = tokens.filter((t) => t.start >= start && t.start < end);
    clauses.push({ start, end, tokens: inside, ...meaning(inside) });
  }
  return clauses.length > 0 ? clauses : [{ start: 0, end: text.length, tokens, ...meaning(tokens) }];
}

/** The clause a place of the sentence is in. */
export function clauseAt(clauses: readonly Clause[], offset: number): number {
  const i = clauses.findIndex((clause) => offset >= clause.start && offset < clause.end);
  return i < 0 ? clauses.length - 1 : i;
}

function meaning(tokens: readonly Token[]): Pick<Clause, 'actors' | 'stems' | 'own'> {
  const actors = new Set<string>();
  const stems = new Set<string>();
  const own = new Set<string>();
  for (const token of tokens) {
    for (const actor of token.actors ?? []) actors.add(actor);
    if (!token.content) continue;
    stems.add(token.stem);
    own.add(token.stem);
    for (const synonym of SYNONYMS.get(token.lower) ?? []) stems.add(stemWord(synonym));
  }
  return { actors, stems, own };
}

/** The stems of a text's meaningful words (no names, numbers or small words). */
export function contentStems(text: string, subjects: SubjectFinder): Set<string> {
  return new Set(
    tokensOf(text, subjects)
      .filter((t) => t.content)
      .map((t) => t.stem),
  );
}
