import type { Dataset } from '../dataset/dataset.js';
import type { CitationItem } from '../edit/insert-citation.js';
import type { Draft, DraftCitation } from '../edit/new-record.js';
import { CarBriefError, NotFoundError, UsageError } from '../errors.js';
import type { NodePath } from '../load/parse/located.js';
import type { DatasetRecord, Source } from '../model/records.js';
import { sourceParagraphs } from '../query/paragraph.js';
import { findQuotes } from '../query/quote.js';
import { resolveName } from '../query/resolve.js';
import { slugOf } from '../model/slug.js';
import { RECORD_FLAGS, type NewRecordType } from '../spec/add-records.js';

// What add checks of a record before the whole dataset is checked with it, each problem at the
// field it is about: every name of another record resolved to its id, and every citation's
// source, paragraph and quote, the quote verbatim in its paragraph, or the closest passage
// offered ("did you mean"), and the paragraph found when the quote is in one paragraph only.

/** A problem with one field of a new record (or of a citation), at its path: ['sources', 0, 'quote']. */
export interface FieldProblem {
  readonly path: NodePath;
  readonly message: string;
}

/** What a check found: the value made good, its problems, and notes to print (a name corrected, a paragraph found). */
export interface Checked<T> {
  readonly value: T;
  readonly problems: FieldProblem[];
  readonly notes: string[];
}

/** The draft with every name of another record (about, countries, actors…) resolved to its id. */
export function resolveDraftNames(dataset: Dataset, type: NewRecordType, draft: Draft): Checked<Draft> {
  const problems: FieldProblem[] = [];
  const notes: string[] = [];
  const resolved: Draft = { ...draft };
  for (const flag of RECORD_FLAGS[type]) {
    const list = draft[flag.field];
    if (!flag.refers || !Array.isArray(list)) continue;
    const what = flag.kinds ? 'country' : flag.refers.length === 1 ? flag.refers[0]! : 'record';
    const accept = (entry: DatasetRecord) =>
      flag.refers!.includes(entry.type) &&
      (!flag.kinds || (entry.type === 'actor' && flag.kinds.includes(entry.record.kind)));
    const idOf = (name: unknown, path: NodePath): unknown => {
      if (typeof name !== 'string' || name.trim() === '') return name; // (the schema says what is wrong)
      const found = dataset.get(name);
      if (found && accept(found)) return name;
      try {
        const { record, corrected } = resolveName(dataset, name, { types: flag.refers!, what, accept });
        if (corrected !== undefined)
          notes.push(`"${name}" taken as ${record.record.id} (matched "${corrected}")`);
        return record.record.id;
      } catch (error) {
        problems.push({ path, message: notFound(error) });
        // A slug in its place, so that the whole check still reads the record and finds the rest.
        return slugOf(name) || 'unknown';
      }
    };
    resolved[flag.field] = list.map((item: unknown, i) =>
      flag.fill === 'roles' && item !== null && typeof item === 'object'
        ? { ...item, id: idOf((item as { id?: unknown }).id, [flag.field, i, 'id']) }
        : idOf(item, [flag.field, i]),
    );
  }
  return { value: resolved, problems, notes };
}

/**
 * The citations as typed, checked against the sources' texts: each source resolved to its id, each
 * quote verbatim in its paragraph (or refused with the closest passage), and a paragraph left out
 * found where the quote is in one paragraph only. The value holds each citation made good, or as
 * typed where it has a problem (for the whole check to see the rest of the record); path is where
 * the list is ('sources').
 */
export function checkCitations(
  dataset: Dataset,
  typed: unknown,
  path: NodePath = ['sources'],
): Checked<unknown[]> {
  const problems: FieldProblem[] = [];
  const notes: string[] = [];
  if (!Array.isArray(typed) || typed.length === 0) {
    const message = 'every record cites at least one source: a list of {source, paragraph, quote}';
    return { value: Array.isArray(typed) ? [] : [typed], problems: [{ path, message }], notes };
  }
  const value = typed.map((item: unknown, i): unknown => {
    const at = (field?: string): NodePath => (field === undefined ? [...path, i] : [...path, i, field]);
    const found = checkCitation(dataset, item, notes);
    if ('citation' in found) return found.citation;
    problems.push(...found.problems.map(([field, message]) => ({ path: at(field), message })));
    return item;
  });
  return { value, problems, notes };
}

// One citation made good, or its problems, each [field, message].
function checkCitation(
  dataset: Dataset,
  item: unknown,
  notes: string[],
): { citation: CitationItem } | { problems: [field: string | undefined, message: string][] } {
  if (item === null || typeof item !== 'object' || Array.isArray(item))
    return { problems: [[undefined, 'a citation is {source, paragraph, quote}']] };
  const problems: [string | undefined, string][] = [];
  const { source: name, paragraph: given, quote: raw } = item as Record<string, unknown>;
  const quote = typeof raw === 'string' ? raw.trim() : '';
  if (quote === '')
    problems.push(['quote', 'missing: the shortest verbatim span of the paragraph that supports the record']);
  const paragraph = given === undefined || given === null || given === '' ? undefined : Number(given);
  if (paragraph !== undefined && (!Number.isSafeInteger(paragraph) || paragraph < 1))
    problems.push(['paragraph', `${String(given)} is not a paragraph number (1 or more)`]);
  if (typeof name !== 'string' || name.trim() === '')
    problems.push(['source', 'missing: the id of a source (car-brief sources lists them)']);
  if (problems.length > 0) return { problems };
  const source = sourceNamed(dataset, (name as string).trim(), notes);
  if ('message' in source) return { problems: [['source', source.message]] };
  const found = citationOf(dataset, source, paragraph, quote);
  if ('message' in found) return { problems: [[found.field, found.message]] };
  if (found.note !== undefined) notes.push(found.note);
  return { citation: { source: source.id, paragraph: found.paragraph, quote } };
}

/**
 * The citations typed by flags, those without --source citing the dataset's latest source (the
 * last with a text: most often the one just added), and the note saying so; none there: a usage error.
 */
export function withLatestSource(
  dataset: Dataset,
  citations: readonly DraftCitation[],
): { citations: DraftCitation[]; note?: string } {
  if (citations.every((citation) => citation.source !== undefined)) return { citations: [...citations] };
  const latest = dataset.sources.filter((source) => source.text !== undefined).at(-1);
  if (!latest)
    throw new UsageError(
      'give --source: the dataset has no source with a text (car-brief sources add adds one)',
    );
  return {
    citations: citations.map((citation) => ({ source: latest.id, ...citation })),
    note: `citing ${latest.id}, the latest source (--source cites another)`,
  };
}

// The source a citation names: its id, else a name of it (with a note); else why not.
function sourceNamed(dataset: Dataset, name: string, notes: string[]): Source | { message: string } {
  const found = dataset.get(name);
  if (found?.type === 'source') return found.record;
  try {
    const { record, corrected } = resolveName(dataset, name, { types: ['source'], what: 'source' });
    if (record.type !== 'source') return { message: `"${name}" is not a source` };
    if (corrected !== undefined)
      notes.push(`"${name}" taken as ${record.record.id} (matched "${corrected}")`);
    return record.record;
  } catch (error) {
    return { message: notFound(error) };
  }
}

type Found =
  | { readonly paragraph: number; readonly note?: string }
  | { readonly field: 'paragraph' | 'quote'; readonly message: string };

// Where the quote is: the paragraph given, if it holds it verbatim, or the one paragraph that does.
function citationOf(dataset: Dataset, source: Source, given: number | undefined, quote: string): Found {
  if (source.text === undefined) {
    if (given !== undefined)
      return { paragraph: given, note: `${source.id} has no text: the quote is not checked` };
    return {
      field: 'paragraph',
      message: `${source.id} has no text to find the quote in: give the paragraph`,
    };
  }
  let paragraphs: string[];
  try {
    paragraphs = sourceParagraphs(dataset, source);
  } catch (error) {
    if (error instanceof CarBriefError) return { field: 'quote', message: error.message };
    throw error;
  }
  const holding = paragraphs.flatMap((text, i) => (text.includes(quote) ? [i + 1] : []));
  const where = (n: number) => `¶${n} of ${source.id}`;
  if (given !== undefined) {
    if (given > paragraphs.length)
      return {
        field: 'paragraph',
        message: `${source.id} has no paragraph ${given}: it has ${paragraphs.length}`,
      };
    if (holding.includes(given)) return { paragraph: given };
    if (holding.length > 0)
      return {
        field: 'quote',
        message: `not in ¶${given} but in ${holding.map((n) => `¶${n}`).join(', ')} of ${source.id}`,
      };
    return {
      field: 'quote',
      message: `not verbatim in ${where(given)}${closest(paragraphs, quote, source.id)}`,
    };
  }
  if (holding.length === 1)
    return {
      paragraph: holding[0]!,
      note: `quote found in ${where(holding[0]!)}, the one paragraph that holds it`,
    };
  if (holding.length > 1)
    return {
      field: 'paragraph',
      message: `the quote is in ${holding.map((n) => `¶${n}`).join(', ')} of ${source.id}: say which paragraph`,
    };
  return {
    field: 'quote',
    message: `not verbatim in any paragraph of ${source.id}${closest(paragraphs, quote, source.id)}`,
  };
}

// "; did you mean ¶4: "…"?" with the closest passage of the source, cut verbatim from it.
function closest(paragraphs: readonly string[], quote: string, id: string): string {
  const [best] = findQuotes(paragraphs, quote);
  if (!best) return `, and no passage of it is close (car-brief quote ${id} <words...> finds one)`;
  return `; did you mean ¶${best.paragraph}: "${best.quote}"${lookalikes(best.quote, quote)}?`;
}

// Characters that look like others (a no-break space, a curly quote), named where the passage has
// them and the quote does not: otherwise "did you mean" could read exactly as what was typed.
const LOOKALIKES: Readonly<Record<string, string>> = {
  '\u00a0': 'a no-break space',
  '\u202f': 'a narrow no-break space',
  '\u2009': 'a thin space',
  '\u00ad': 'a soft hyphen',
  '\u200b': 'a zero-width space',
  '\u2018': 'a curly quote ‘',
  '\u2019': 'a curly apostrophe ’',
  '\u201c': 'a curly quote “',
  '\u201d': 'a curly quote ”',
  '\u2013': 'an en dash –',
  '\u2014': 'an em dash —',
  '\u2011': 'a no-break hyphen',
};

function lookalikes(passage: string, quote: string): string {
  const named = [...new Set(passage)]
    .filter((ch) => LOOKALIKES[ch] !== undefined && !quote.includes(ch))
    .map((ch) => `${LOOKALIKES[ch]} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
  return named.length > 0 ? ` (with ${named.join(', ')})` : '';
}

// A name that resolves to nothing, said with the names it resembles.
function notFound(error: unknown): string {
  if (!(error instanceof CarBriefError)) throw error;
  const near =
    error instanceof NotFoundError && error.suggestions.length > 0
      ? ` (did you mean ${error.suggestions.join(', ')}?)`
      : '';
  return `${error.message}${near}`;
}
