import type { Dataset } from '../dataset/dataset.js';
import { NotFoundError, UsageError } from '../errors.js';
import { calendarSpan, type DateSpan } from '../model/dates.js';
import { didYouMean, rankNames, typoBudget } from '../model/suggest.js';
import { resolveCountry, resolveRecord } from './resolve.js';
import { datasetTags, resolveTag } from './tags.js';

/** Filter flags as typed: repeatable ones may also hold comma lists. */
export interface FilterInput {
  readonly country?: readonly string[] | undefined;
  readonly actor?: readonly string[] | undefined;
  readonly issue?: readonly string[] | undefined;
  readonly tag?: readonly string[] | undefined;
  readonly type?: readonly string[] | undefined;
  readonly kind?: readonly string[] | undefined;
  readonly status?: readonly string[] | undefined;
  /** --attribution: claims whose attribution has these words (any case). */
  readonly attribution?: readonly string[] | undefined;
  /** --disagreements: only claims that carry a disagreements entry. */
  readonly disagreements?: boolean | undefined;
  /** --single-source: only claims that rest on one independent source. */
  readonly singleSource?: boolean | undefined;
  /** --min-sources: only claims that rest on at least this many independent sources. */
  readonly minSources?: string | undefined;
  readonly since?: string | undefined;
  readonly until?: string | undefined;
  /** --within: a span (2024-07, 2024-07/2024-09) or two dates that events must lie wholly inside. */
  readonly within?: readonly string[] | undefined;
  readonly limit?: string | undefined;
}

/** Filters resolved against a dataset: ids for names, a date span, a number for the limit. */
export interface Filters {
  readonly countries: readonly string[];
  readonly actors: readonly string[];
  readonly issues: readonly string[];
  readonly tags: readonly string[];
  readonly types: readonly string[];
  readonly kinds: readonly string[];
  readonly statuses: readonly string[];
  /** --attribution, lower case, its spaces made single: matched at the start of a word of a claim's attribution. */
  readonly attributions?: readonly string[];
  /** --disagreements: only records that carry a disagreements entry. */
  readonly disagreements?: boolean;
  /** --single-source and --min-sources: how many independent sources a claim must rest on. */
  readonly independent?: { readonly min: number; readonly max: number };
  readonly span?: DateSpan;
  /** --within: what must lie wholly inside this span. */
  readonly within?: DateSpan;
  readonly limit?: number;
}

/** The values a collection's --type, --kind and --status may take. */
export interface Vocabulary {
  readonly types?: readonly string[];
  readonly kinds?: readonly string[];
  readonly statuses?: readonly string[];
}

/** Resolves names to ids and checks values; notes say which misspellings were taken for what. */
export function resolveFilters(
  dataset: Dataset,
  input: FilterInput,
  vocabulary: Vocabulary = {},
): { filters: Filters; notes: string[] } {
  const notes: string[] = [];
  let tags: string[] | undefined; // read only when --tag is given
  const resolveAll = (
    flag: string,
    values: readonly string[] | undefined,
    resolve: (name: string) => Found,
  ) =>
    // Each record once, however many of its names were given.
    unique(
      split(flag, values).map((name) => {
        const found = resolve(name);
        const matched = found.corrected === found.name ? '' : ` (matched "${found.corrected}")`;
        const note = `"${name}" taken as ${found.name}${matched}`;
        if (found.corrected !== undefined && !notes.includes(note)) notes.push(note); // once each
        return found.id;
      }),
    );
  const byRecord = (type: 'actor' | 'issue') => (name: string) => {
    const { record, corrected } = resolveRecord(dataset, name, [type], type);
    return { id: record.record.id, name: record.record.id, corrected };
  };
  const filters: Filters = {
    countries: resolveAll('--country', input.country, (name) => {
      const { record, corrected } = resolveCountry(dataset, name);
      return { id: record.id, name: record.name, corrected };
    }),
    actors: resolveAll('--actor', input.actor, byRecord('actor')),
    issues: resolveAll('--issue', input.issue, byRecord('issue')),
    tags: resolveAll('--tag', input.tag, (name) => resolveTag(name, (tags ??= datasetTags(dataset)))),
    types: resolveAll('--type', input.type, chosen('--type', vocabulary.types)),
    kinds: resolveAll('--kind', input.kind, chosen('--kind', vocabulary.kinds)),
    statuses: resolveAll('--status', input.status, chosen('--status', vocabulary.statuses)),
    ...attributions(dataset, input.attribution),
    ...(input.disagreements ? { disagreements: true } : {}),
    ...independentSources(input.singleSource, input.minSources),
    ...dateSpan(input.since, input.until),
    ...(input.within !== undefined ? { within: withinSpan(input.within) } : {}),
    ...(input.limit !== undefined ? { limit: parseLimit(input.limit) } : {}),
  };
  return { filters, notes };
}

type Found = { id: string; name: string; corrected?: string | undefined };

/** True when a record's date span overlaps the filter's --since/--until span (or there is none). */
export function overlaps(own: DateSpan, span: DateSpan | undefined): boolean {
  return !span || (own.start <= span.end && own.end >= span.start);
}

/** True when a record's date span lies wholly inside the filter's --within span (or there is none): an open end never does. */
export function within(own: DateSpan, span: DateSpan | undefined): boolean {
  return !span || (own.start >= span.start && own.end <= span.end);
}

/** True when the filter list is empty or shares a value with the record's (values made only if needed). */
export function anyOf(
  wanted: readonly string[],
  values: readonly string[] | (() => readonly string[]),
): boolean {
  if (wanted.length === 0) return true;
  const list = typeof values === 'function' ? values() : values;
  if (wanted.length <= 8) return wanted.some((value) => list.includes(value));
  // Many values (a long --tag list): looked up in a set, made once per list, so the cost stays linear.
  let set = wantedSets.get(wanted);
  if (!set) wantedSets.set(wanted, (set = new Set(wanted)));
  return list.some((value) => set.has(value));
}

const wantedSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** Values of a repeatable flag, comma lists split, each once. A flag given with nothing in it is an error, lest `--country "$EMPTY"` quietly turn a filter off. */
export function split(flag: string, values: readonly string[] | undefined): string[] {
  const parts = (values ?? []).flatMap((value) => value.split(',')).map((value) => value.trim());
  if (values !== undefined && parts.every((value) => value === ''))
    throw new UsageError(`${flag} needs a value`);
  return unique(parts.filter(Boolean));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

// A value of a fixed list (--type visit) resolves as names do: any case, a clear misspelling
// taken with a note ("visits" for visit); otherwise a usage error (exit 2) listing the choices.
function chosen(flag: string, allowed: readonly string[] | undefined) {
  return (value: string): Found => {
    if (!allowed) throw new UsageError(`${flag} does not apply here`);
    const lower = value.toLowerCase();
    if (allowed.includes(lower)) return { id: lower, name: lower };
    const ranked = rankNames(
      lower,
      allowed.map((name) => ({ name, target: name })),
      typoBudget,
    );
    if (ranked.length > 0 && (ranked.length === 1 || ranked[1]!.distance > ranked[0]!.distance))
      return { id: ranked[0]!.target, name: ranked[0]!.target, corrected: ranked[0]!.name };
    return { id: checked(flag, [value], allowed)[0]!, name: value };
  };
}

/** The values if every one is allowed, else a UsageError naming the flag, the choices and the nearest. */
export function checked(flag: string, values: string[], allowed: readonly string[] | undefined): string[] {
  if (values.length > 0 && !allowed) throw new UsageError(`${flag} does not apply here`);
  for (const value of values) {
    if (!allowed!.includes(value)) {
      throw new UsageError(
        `${flag} ${value}: use one of ${allowed!.join(', ')}${didYouMean(value, allowed!)}`,
      );
    }
  }
  return values;
}

// --attribution: each value as typed, any case; one that no claim's attribution has exits 4 with
// the attributions it nearly matches, as a tag no record has does.
function attributions(dataset: Dataset, values: readonly string[] | undefined): { attributions?: string[] } {
  if (values === undefined) return {};
  const wanted = split('--attribution', values).map((value) => value.toLowerCase().replace(/\s+/g, ' '));
  const known = [
    ...new Set(
      dataset.claims.flatMap((claim) => (claim.attribution === undefined ? [] : [claim.attribution])),
    ),
  ];
  for (const value of wanted) {
    if (known.some((attribution) => attributedTo(attribution, [value]))) continue;
    // Near a whole attribution or one of its words ("medai" for media reports).
    const candidates = known.flatMap((target) =>
      [target, ...target.split(/\s+/)].map((name) => ({ name: name.toLowerCase(), target })),
    );
    const near = unique(rankNames(value, candidates).map((candidate) => candidate.target)).slice(0, 3);
    const listed = known.length <= 10 ? `the data's attributions: ${known.join('; ')}` : undefined;
    throw new NotFoundError(
      `no claim is attributed to "${value}"`,
      near,
      listed ?? 'car-brief claims --kind report lists the reports with their attribution',
    );
  }
  return { attributions: wanted };
}

/**
 * True when one of the wanted words (lower case) starts a word of the attribution, in any case:
 * media for "media reports", report for "media reports", sharif government for "the Sharif government".
 */
export function attributedTo(attribution: string | undefined, wanted: readonly string[]): boolean {
  if (attribution === undefined) return false;
  const text = attribution.toLowerCase().replace(/\s+/g, ' ');
  return wanted.some((value) => {
    for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + 1))
      if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!)) return true;
    return false;
  });
}

// --single-source (one independent source) and --min-sources N (N or more), as bounds on how many
// independent sources a claim rests on.
function independentSources(
  single: boolean | undefined,
  min: string | undefined,
): { independent?: { min: number; max: number } } {
  if (!single && min === undefined) return {};
  const least = min === undefined ? 1 : wholeNumber('--min-sources', min);
  if (single && least > 1)
    throw new UsageError(`--single-source and --min-sources ${min} select nothing together: give one`);
  return { independent: { min: least, max: single ? 1 : Infinity } };
}

// A count typed as digits; anything else is a usage error naming the flag (and what else to know).
function wholeNumber(flag: string, value: string, aside = ''): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n)) throw new UsageError(`${flag} ${value}: give a whole number${aside}`);
  return n;
}

function dateSpan(since: string | undefined, until: string | undefined): { span?: DateSpan } {
  if (since === undefined && until === undefined) return {};
  const start = since === undefined ? -Infinity : partialDate('--since', since).start;
  const end = until === undefined ? Infinity : partialDate('--until', until).end;
  if (start > end) throw new UsageError(`--since ${since} is after --until ${until}`);
  return { span: { start, end } };
}

// --within 2024-07, --within 2024-07/2024-09 or --within 2024-07 2024-09: from the start of the
// first date to the end of the last.
function withinSpan(values: readonly string[]): DateSpan {
  const dates = values.length === 1 ? values[0]!.split('/') : [...values];
  if (dates.length === 0 || dates.length > 2 || dates.some((date) => date.trim() === '')) {
    throw new UsageError(
      `--within ${values.join(' ')}: give one span (2024, 2024-07, 2024-07/2024-09) or two dates (2024-07 2024-09)`,
    );
  }
  const start = partialDate('--within', dates[0]!.trim()).start;
  const end = partialDate('--within', dates[dates.length - 1]!.trim()).end;
  if (start > end) throw new UsageError(`--within ${values.join(' ')}: the span ends before it starts`);
  return { start, end };
}

// A calendar date as people type it: 2024, 2024-07 or 2024-07-10.
function partialDate(flag: string, value: string): DateSpan {
  const span = calendarSpan(value);
  if (!span) throw new UsageError(`${flag} ${value}: give a date as 2024, 2024-07 or 2024-07-10`);
  return span;
}

/** --limit as a whole number, digits only; 0 is no limit (Infinity). */
export function parseLimit(value: string): number {
  const n = wholeNumber('--limit', value, ' (0 for all)');
  return n === 0 ? Infinity : n;
}
