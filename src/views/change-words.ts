import { isDeepStrictEqual as same } from 'node:util';
import { formatFigure } from '../model/format.js';
import { humanDate } from '../model/human-dates.js';
import type { Figure } from '../model/records.js';
import type { FieldDiff } from '../query/changes/diff.js';

// A changed field in words a writer reads: "status planned → happened", "date Jul 2024 → 10–11
// Jul 2024", "figure 5 → 6 aircraft (aircraft sold)", "quote changed (source ¶16): “…” → “…”",
// "countries + kazakhstan, − iran". Each kind of field has its words; any other field is said
// generically, by what was added and removed.

/** Fields whose values are EDTF dates (or days), said as people write dates. */
const DATE_FIELDS = new Set(['date', 'published', 'since', 'added', 'from', 'to']);

/** What changed in one field, as one or more short phrases. */
export function fieldWords(diff: FieldDiff): string[] {
  const { field, before, after } = diff;
  if (before === undefined) return [`${field} added: ${valueWords(field, after)}`];
  if (after === undefined) return [`${field} removed: ${valueWords(field, before)}`];
  if (field === 'figures' && allFigures(before) && allFigures(after)) return figureWords(before, after);
  if ((field === 'sources' || field === 'passages') && allCitations(before) && allCitations(after))
    return citationWords(before, after);
  if (Array.isArray(before) && Array.isArray(after)) return listWords(field, before, after);
  if (isScalar(before) && isScalar(after)) {
    if (isWord(before) && isWord(after))
      return [`${field} ${valueWords(field, before)} → ${valueWords(field, after)}`];
    return [`${field} changed: ${textChange(String(before), String(after))}`];
  }
  return [`${field} changed: ${valueWords(field, before)} → ${valueWords(field, after)}`];
}

/** A value in a few words: a date as people write it, a word as it is, text in quotes, a list joined. */
export function valueWords(field: string, value: unknown): string {
  if (typeof value === 'string' && DATE_FIELDS.has(field)) return humanDate(value);
  if (isScalar(value)) return isWord(value) ? String(value) : quoted(value);
  if (Array.isArray(value)) return value.map((item) => valueWords(field, item)).join(', ');
  return Object.entries(value as Record<string, unknown>)
    .map(([key, item]) => `${key}: ${valueWords(key, item)}`)
    .join(', ');
}

// A list: items matched by id where they have one (an event's actors), else by value.
function listWords(field: string, before: unknown[], after: unknown[]): string[] {
  const idOf = (item: unknown) => (isObject(item) && typeof item.id === 'string' ? item.id : undefined);
  if ([...before, ...after].every((item) => idOf(item) !== undefined)) {
    const old = new Map(before.map((item) => [idOf(item)!, item]));
    const now = new Map(after.map((item) => [idOf(item)!, item]));
    const changed = [...now].flatMap(([id, item]) => {
      const was = old.get(id);
      if (was === undefined || same(was, item)) return [];
      const fields = Object.keys({ ...(was as object), ...(item as object) }).filter(
        (key) => !same((was as Record<string, unknown>)[key], (item as Record<string, unknown>)[key]),
      );
      return fields.map((key) =>
        fieldWords({
          field: key,
          before: (was as Record<string, unknown>)[key],
          after: (item as Record<string, unknown>)[key],
        })
          .map((words) => `${field} ${id}: ${words}`)
          .join('; '),
      );
    });
    const added = after.filter((item) => !old.has(idOf(item)!));
    const removed = before.filter((item) => !now.has(idOf(item)!));
    return [...plusMinus(field, added, removed), ...changed];
  }
  const added = without(after, before);
  const removed = without(before, after);
  if (added.length === 0 && removed.length === 0) return [`${field} reordered`];
  return plusMinus(field, added, removed);
}

function plusMinus(field: string, added: readonly unknown[], removed: readonly unknown[]): string[] {
  if (added.length === 0 && removed.length === 0) return [];
  const item = (value: unknown) => valueWords(field, value);
  const objects = [...added, ...removed].some((value) => !isScalar(value));
  const join = objects ? '; ' : ', ';
  const parts = [
    ...(added.length ? [`+ ${added.map(item).join(`${join}+ `)}`] : []),
    ...(removed.length ? [`− ${removed.map(item).join(`${join}− `)}`] : []),
  ];
  return [`${field} ${parts.join(join)}`];
}

// The items of list that other does not have (as many times as list has more of them).
function without(list: readonly unknown[], other: readonly unknown[]): unknown[] {
  const left = [...other];
  return list.filter((item) => {
    const at = left.findIndex((candidate) => same(candidate, item));
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

// Figures matched by what they measure: "figure 5 → 6 aircraft (aircraft sold)".
function figureWords(before: Figure[], after: Figure[]): string[] {
  const words: string[] = [];
  const left = [...before];
  for (const figure of after) {
    const at = left.findIndex((old) => old.of === figure.of);
    if (at < 0) {
      words.push(`figure added: ${formatFigure(figure)} (${figure.of})`);
      continue;
    }
    const [old] = left.splice(at, 1) as [Figure];
    if (same(old, figure)) continue;
    const from =
      old.unit === figure.unit && old.qualifier === figure.qualifier
        ? formatFigure(old).replace(figure.unit === '%' ? /%$/ : ` ${figure.unit}`, '')
        : formatFigure(old);
    words.push(`figure ${from} → ${formatFigure(figure)} (${figure.of})`);
  }
  for (const old of left) words.push(`figure removed: ${formatFigure(old)} (${old.of})`);
  return words;
}

interface CitationLike {
  readonly source: string;
  readonly paragraph: number;
  readonly quote: string;
}

// Citations matched by source and paragraph: "quote changed (source ¶16): “…” → “…”".
function citationWords(before: CitationLike[], after: CitationLike[]): string[] {
  const where = (c: CitationLike) => `${c.source} ¶${c.paragraph}`;
  const words: string[] = [];
  const left = [...before];
  for (const citation of after) {
    const at = left.findIndex((old) => where(old) === where(citation));
    if (at < 0) {
      words.push(`cites ${where(citation)}: ${quoted(citation.quote)}`);
      continue;
    }
    const [old] = left.splice(at, 1) as [CitationLike];
    if (old.quote !== citation.quote)
      words.push(`quote changed (${where(citation)}): ${textChange(old.quote, citation.quote)}`);
  }
  for (const old of left) words.push(`no longer cites ${where(old)}: ${quoted(old.quote)}`);
  return words.length > 0 ? words : ['citations reordered'];
}

/**
 * Two versions of a text, quoted: in full when short, else the words that differ with two words
 * of context each side, the rest cut to "…" (“…is 1,735 km long…” → “…is 1,800 km long…”).
 */
export function textChange(before: string, after: string): string {
  const [old, now] = [before.split(/\s+/), after.split(/\s+/)];
  const most = Math.min(old.length, now.length);
  let start = 0;
  while (start < most && old[start] === now[start]) start++;
  let end = 0;
  while (end < most - start && old[old.length - 1 - end] === now[now.length - 1 - end]) end++;
  if (before.length + after.length <= SHORT_TEXT || start + end === 0)
    return `${quoted(before)} → ${quoted(after)}`;
  const [from, to] = [Math.max(start - CONTEXT, 0), Math.max(end - CONTEXT, 0)];
  const cut = (words: string[]) =>
    `“${from > 0 ? '…' : ''}${words.slice(from, words.length - to).join(' ')}${to > 0 ? '…' : ''}”`;
  return `${cut(old)} → ${cut(now)}`;
}

/** Texts this long together are said in full; longer ones by the words that differ. */
const SHORT_TEXT = 100;
const CONTEXT = 2;

// A list of objects, each with these keys of these types (a typeof name each).
function listOf(value: unknown, shape: Readonly<Record<string, string>>): boolean {
  const keys = Object.entries(shape);
  return (
    Array.isArray(value) &&
    value.every((item) => isObject(item) && keys.every(([key, type]) => typeof item[key] === type))
  );
}

const allFigures = (value: unknown): value is Figure[] =>
  listOf(value, { value: 'number', unit: 'string', of: 'string', qualifier: 'string' });
const allCitations = (value: unknown): value is CitationLike[] =>
  listOf(value, { source: 'string', paragraph: 'number', quote: 'string' });

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown): value is string | number | boolean | null =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);
// One word, said as it is (planned, 2024-07, 5); anything longer is quoted.
const isWord = (value: unknown) => typeof value !== 'string' || /^[^\s“”"]{1,40}$/.test(value);
const quoted = (value: unknown) => `“${String(value)}”`;
