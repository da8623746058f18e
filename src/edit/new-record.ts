import { UsageError } from '../errors.js';
import { freeId, slugOf } from '../model/slug.js';
import type { FIGURE_QUALIFIERS } from '../model/vocabulary.js';
import {
  ADD_OPTIONS,
  CITATION_FLAGS,
  COLLECTION_OF,
  NAMED_BY,
  RECORD_FLAGS,
  type AddOptionName,
  type FlagField,
  type NewRecordType,
} from '../spec/add-records.js';
import { longFlag } from '../spec/options.js';
import { COLLECTIONS } from '../load/check/schema.js';

// The record `add claim|event|actor|issue` appends, from its flags (the table in
// spec/add-records.ts says which flag fills which field) or from the YAML a writer typed in the
// editor: a draft first, its names still as typed (resolved against the dataset later), then the
// record, its fields in the order the schema declares them and its id made from its words.

/** A record as typed: fields by name, names of other records not yet resolved to ids. */
export type Draft = Record<string, unknown>;

/** A citation as typed: the paragraph may be left for car-brief to find. */
export interface DraftCitation {
  /** The source's id or name; none: the dataset's latest source. */
  readonly source?: string;
  readonly paragraph?: number | undefined;
  /** The verbatim span; or, with find, none. */
  readonly quote?: string;
  /** The words to find the one verbatim span by (--find), as quote takes them. */
  readonly find?: string;
}

/** The options of a run, as commander gives them (a string, a list for a repeatable flag, true for a switch). */
export type FlagValues = Readonly<Record<string, unknown>>;

/** The key commander stores a flag's value under: --date-note → dateNote. */
export function attributeOf(option: AddOptionName): string {
  return longFlag(ADD_OPTIONS[option])
    .slice(2)
    .replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** How messages name a flag: --date-note. */
export function flagOf(option: AddOptionName): string {
  return longFlag(ADD_OPTIONS[option]);
}

/** Whether any flag that writes a record (or a citation) was given: without one, the editor opens. */
export function flagsGiven(options: FlagValues, optionNames: readonly AddOptionName[]): boolean {
  return optionNames.some((option) => options[attributeOf(option)] !== undefined);
}

/** The values of a flag, each trimmed, empty ones dropped; comma-separated ones split where the field takes ids. */
export function valuesOf(options: FlagValues, option: AddOptionName, split = false): string[] {
  const given = options[attributeOf(option)];
  const list = given === undefined || given === false ? [] : Array.isArray(given) ? given : [given];
  return list
    .flatMap((value) => (split ? String(value).split(',') : [String(value)]))
    .map((value) => value.trim())
    .filter(Boolean);
}

/**
 * The draft the flags of add <type> make. A required flag missing, a figure or paragraph that
 * cannot be read, or citations that do not pair up are usage errors (exit 2), named by flag.
 */
export function draftFromFlags(type: NewRecordType, options: FlagValues): Draft {
  const draft: Draft = {};
  const id = valuesOf(options, 'newId')[0];
  if (id !== undefined) draft.id = id;
  const missing: string[] = [];
  for (const flag of RECORD_FLAGS[type]) {
    const value = fieldValue(flag, options);
    if (value !== undefined) draft[flag.field] = value;
    else if (flag.required) missing.push(flagOf(flag.option));
  }
  const cites = [...valuesOf(options, CITATION_FLAGS.quote), ...valuesOf(options, CITATION_FLAGS.find)];
  if (cites.length === 0) missing.push(`${flagOf('citeQuote')} (or ${flagOf('citeFind')})`);
  if (missing.length > 0)
    throw new UsageError(
      `add ${type} needs ${listed(missing)}${cites.length === 0 ? ' (car-brief quote <source> <words...> finds a quote)' : ''}`,
    );
  draft.sources = citationsFromFlags(options);
  return draft;
}

// A field's value from its flag, as the table says how; undefined when the flag is not given.
function fieldValue(flag: FlagField, options: FlagValues): unknown {
  const values = valuesOf(options, flag.option, flag.fill === 'ids' || flag.fill === 'roles');
  if (flag.fill === 'basis') return options[attributeOf(flag.option)] === true ? 'inferred' : 'stated';
  if (values.length === 0) return undefined;
  switch (flag.fill) {
    case 'text':
    case 'date':
      return values[0];
    case 'lower':
      return values[0]!.toLowerCase();
    case 'texts':
    case 'ids':
      return [...new Set(values)];
    case 'roles':
      return values.map((value) => {
        const colon = value.indexOf(':');
        if (colon < 0) return { id: value };
        const role = value.slice(colon + 1).trim();
        return { id: value.slice(0, colon).trim(), ...(role !== '' ? { role } : {}) };
      });
    case 'figures':
      return values.map((value) => parseFigure(value, flagOf(flag.option)));
  }
}

/**
 * The citations the flags give, each --quote then each --find: the i-th with the i-th --source (or
 * the one --source given, or none: the latest source) and the i-th --paragraph (or none: car-brief
 * finds it).
 */
export function citationsFromFlags(options: FlagValues): DraftCitation[] {
  const finds = valuesOf(options, CITATION_FLAGS.find);
  const cites = [
    ...valuesOf(options, CITATION_FLAGS.quote).map((text) => ({ quote: text })),
    ...finds.map((words) => ({ find: words })),
  ];
  const sources = valuesOf(options, CITATION_FLAGS.source);
  const paragraphs = valuesOf(options, CITATION_FLAGS.paragraph);
  const [source, paragraph] = [flagOf('citeSource'), flagOf('citeParagraph')];
  const quote = finds.length === 0 ? flagOf('citeQuote') : `${flagOf('citeQuote')} or ${flagOf('citeFind')}`;
  if (cites.length === 0)
    throw new UsageError(
      `give the passage to cite: ${flagOf('citeQuote')} (car-brief quote <source> <words...> finds one) or ${flagOf('citeFind')} <words>, with ${source} unless it is from the latest source`,
    );
  if (sources.length > 1 && sources.length !== cites.length)
    throw new UsageError(
      `${cites.length} ${quote} and ${sources.length} ${source}: give one ${source} for all, or one per ${quote}`,
    );
  if (paragraphs.length > 0 && paragraphs.length !== cites.length)
    throw new UsageError(
      `${cites.length} ${quote} and ${paragraphs.length} ${paragraph}: give one ${paragraph} per ${quote}, or none to let car-brief find each`,
    );
  return cites.map((cite, i) => ({
    ...(sources.length > 0 ? { source: sources.length === 1 ? sources[0]! : sources[i]! } : {}),
    ...(paragraphs.length > 0 ? { paragraph: paragraphNumber(paragraphs[i]!, paragraph) } : {}),
    ...cite,
  }));
}

function paragraphNumber(value: string, flag: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`${flag} ${value}: give a paragraph number, 1 or more`);
  return n;
}

const FIGURE = /^(?:(over|under|about|exactly)\s+)?(-?\d[\d,]*(?:\.\d+)?)\s+([^:]+?)\s*:\s*(.+)$/i;

/** A figure as typed: "[over|under|about] VALUE UNIT: WHAT" → {value, unit, of, qualifier}. */
export function parseFigure(text: string, flag = '--figure'): Record<string, unknown> {
  const match = FIGURE.exec(text.trim());
  const value = match ? Number(match[2]!.replace(/,/g, '')) : NaN;
  if (!match || !Number.isFinite(value))
    throw new UsageError(
      `${flag} "${text}": write it as "VALUE UNIT: WHAT", e.g. "240 km: distance upstream" or "over 90 %: share of imports"`,
    );
  const qualifier = match[1]?.toLowerCase() as (typeof FIGURE_QUALIFIERS)[number] | undefined;
  return {
    value,
    unit: match[3]!,
    of: match[4]!.trim(),
    ...(qualifier !== undefined && qualifier !== 'exactly' ? { qualifier } : {}),
  };
}

/**
 * The record of a draft: its id (the draft's, else made from its statement, title or name, the
 * first not taken), then its fields in the schema's order, empty ones left out; fields the schema
 * does not know stay, last, for the check to name them.
 */
export function recordOf(
  type: NewRecordType,
  draft: Draft,
  taken: (id: string) => boolean,
): Record<string, unknown> {
  const id =
    typeof draft.id === 'string' && draft.id.trim() !== '' ? draft.id.trim() : newId(type, draft, taken);
  const order = Object.keys(COLLECTIONS[COLLECTION_OF[type]].shape);
  const keys = [...order, ...Object.keys(draft).filter((key) => !order.includes(key))];
  const record: Record<string, unknown> = { id };
  for (const key of keys) {
    if (key === 'id' || !Object.hasOwn(draft, key)) continue;
    const value = draft[key];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    record[key] = value;
  }
  return record;
}

// An id from the words of the record (an event's with its year and month), never one taken.
function newId(type: NewRecordType, draft: Draft, taken: (id: string) => boolean): string {
  const words = draft[NAMED_BY[type]];
  let base = slugOf(typeof words === 'string' ? words : '') || type;
  const when =
    type === 'event' && typeof draft.date === 'string'
      ? /^\d{4}(?:-\d{2})?/.exec(draft.date)?.[0]
      : undefined;
  if (when !== undefined && !base.includes(when)) base = `${base}-${when}`;
  return freeId(base, taken);
}

// "a, b and c"
function listed(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
