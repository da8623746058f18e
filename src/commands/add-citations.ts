import type { Dataset } from '../dataset/dataset.js';
import type { CitationItem } from '../edit/insert-citation.js';
import type { DraftCitation } from '../edit/new-record.js';
import { UsageError } from '../errors.js';
import type { NodePath } from '../load/parse/located.js';
import type { Source } from '../model/records.js';
import { latestSource } from '../query/latest-source.js';
import { findQuotes } from '../query/quote.js';
import { resolveName } from '../query/resolve.js';
import { notFound, type Checked, type FieldProblem } from './add-check.js';
import { findByWords, readableParagraphs } from './add-find.js';

// A new record's citations (or add citation's), checked against the sources' texts: each source
// resolved to its id, each quote verbatim in its paragraph, or refused with the closest passage
// offered ("did you mean", naming a character that only looks like one typed), and the
// paragraph found when the quote is in one paragraph only.

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
  const { source: name, paragraph: given, quote: raw, find: words } = item as Record<string, unknown>;
  const quote = typeof raw === 'string' ? raw.trim() : '';
  const find = typeof words === 'string' ? words.trim() : '';
  if (quote !== '' && find !== '')
    problems.push(['find', 'give the quote or the words to find it by, not both']);
  else if (quote === '' && find === '')
    problems.push(['quote', 'missing: the shortest verbatim span of the paragraph that supports the record']);
  const paragraph = given === undefined || given === null || given === '' ? undefined : Number(given);
  if (paragraph !== undefined && (!Number.isSafeInteger(paragraph) || paragraph < 1))
    problems.push(['paragraph', `${String(given)} is not a paragraph number (1 or more)`]);
  if (typeof name !== 'string' || name.trim() === '')
    problems.push(['source', 'missing: the id of a source (car-brief sources lists them)']);
  if (problems.length > 0) return { problems };
  const source = sourceNamed(dataset, (name as string).trim(), notes);
  if ('message' in source) return { problems: [['source', source.message]] };
  const found =
    find !== ''
      ? findByWords(dataset, source, paragraph, find)
      : citationOf(dataset, source, paragraph, quote);
  if ('message' in found) return { problems: [[found.field, found.message]] };
  if (found.note !== undefined) notes.push(found.note);
  const cited = 'quote' in found && typeof found.quote === 'string' ? found.quote : quote;
  return { citation: { source: source.id, paragraph: found.paragraph, quote: cited } };
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
  const latest = latestSource(dataset);
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
  const paragraphs = readableParagraphs(dataset, source);
  if ('message' in paragraphs) return { field: 'quote', message: paragraphs.message };
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
