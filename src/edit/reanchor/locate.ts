import type { Dataset } from '../../dataset/dataset.js';
import { TYPE_OF } from '../../model/records.js';
import type { CitationPath, CitationSite, CollectionText } from './citations.js';
import { scanCollection, type ScannedItem, type ScannedRecord, type Token } from './scan.js';

// Every citation of a source, where it is written, found without parsing YAML where that is
// safe: each file that names the source is scanned (scan.ts), and what the scan read is
// compared with the records the dataset was compiled from (parsed from that same file by the
// YAML parser, and checked): every record's id, in order, and every citation of the source,
// its place in its list, the list's length, and its source, paragraph and quote. A file where
// anything differs, or that the scan cannot read, is parsed as YAML (citations.ts); so is every
// file when the citations found do not add up to those the dataset holds.

/** Where a scanned citation's values are written: what an edit in place replaces. */
export interface CitationTokens {
  readonly paragraph: Token;
  readonly quote: Token;
  /** Its lines, when it can be taken out whole. */
  readonly lines?: { readonly start: number; readonly end: number } | undefined;
}

/** A file whose records the scan read and the compiled dataset confirmed. */
export interface ScannedFile {
  readonly file: CollectionText;
  /** The slots of its records in the compiled dataset, in order. */
  readonly slots: readonly number[];
}

/** The citations of a source, and the files where they were found by scanning (by path). */
export interface Located {
  readonly sites: (CitationSite & { readonly at?: CitationTokens })[];
  readonly scanned: ReadonlyMap<string, ScannedFile>;
}

/** Every citation of source in the files (as citationsOf finds them), scanned where the dataset confirms the scan. */
export async function locateCitations(
  dataset: Dataset,
  source: string,
  files: readonly CollectionText[],
): Promise<Located> {
  const slots = dataset.referrers(source, ['sources']);
  const citing = new Map(dataset.entries(slots).map((entry, i) => [slots[i]!, entry.record as object]));
  const scanned = new Map<string, ScannedFile>();
  const found = files
    .filter((file) => file.collection !== 'sources')
    .map((file) => {
      const scan = scanFile(dataset, source, file, citing);
      if (scan) scanned.set(file.path, scan.file);
      return scan?.sites ?? file;
    });
  // (The YAML parser is loaded only when a file needs it.)
  const parse = found.some((at) => !Array.isArray(at))
    ? (await import('./citations.js')).citationsOf
    : undefined;
  const sites = found.flatMap((at) => (Array.isArray(at) ? at : parse!(source, [at])));
  if (sites.length === countCitations(citing.values(), source)) return { sites, scanned };
  // Not each citation found once: every file parsed.
  return {
    sites: (parse ?? (await import('./citations.js')).citationsOf)(source, files),
    scanned: new Map(),
  };
}

/** The records' citations of source compared with what the scan read: true when they agree. */
export function agrees(scanned: ScannedRecord, record: object, source: string): boolean {
  const { id, sources, disagreements } = record as Cited;
  if (typeof scanned.id !== 'object' || scanned.id.value !== id) return false;
  if (!sameList(scanned.sources, sources, source)) return false;
  const passages = (disagreements ?? []).map((d) => d.passages);
  const read = scanned.disagreements;
  if (!passages.some((list) => list.some((c) => c.source === source))) return !anyCites(read, source);
  if (!read || read.length !== passages.length) return false;
  return passages.every((list, d) => sameList(read[d], list, source));
}

interface Citation {
  readonly source: string;
  readonly paragraph: number;
  readonly quote: string;
}
interface Cited {
  readonly id?: string;
  readonly sources?: readonly Citation[];
  readonly disagreements?: readonly { readonly passages: readonly Citation[] }[];
}

// The scan of one file, confirmed by the compiled records (citing: those that cite the source, by slot); undefined when it cannot be.
function scanFile(
  dataset: Dataset,
  source: string,
  file: CollectionText,
  citing: ReadonlyMap<number, object>,
): { file: ScannedFile; sites: Located['sites'] } | undefined {
  const records = scanCollection(file.text);
  if (!records) return undefined;
  const slots = slotsOf(dataset, file, records);
  if (!slots) return undefined;
  const sites = scannedSites(source, file, records, (r) => citing.get(slots[r]!));
  return sites && { file: { file, slots }, sites };
}

/**
 * The citations of source in a scanned file, when the scan agrees with the records parsed from
 * it (recordAt: the r-th record, or undefined when it does not cite the source); else undefined.
 */
export function scannedSites(
  source: string,
  file: CollectionText,
  records: readonly ScannedRecord[],
  recordAt: (r: number) => object | undefined,
): Located['sites'] | undefined {
  const sites: Located['sites'] = [];
  for (let r = 0; r < records.length; r++) {
    const scanned = records[r]!;
    const record = recordAt(r);
    if (
      record
        ? !agrees(scanned, record, source)
        : anyCites([scanned.sources], source) || anyCites(scanned.disagreements, source)
    )
      return undefined;
    if (!record) continue;
    const id = (scanned.id as Token).value as string;
    const add = (
      list: readonly ScannedItem[] | undefined,
      path: (i: number) => CitationPath,
      field: (i: number) => string,
    ) =>
      list?.forEach((item, i) => {
        if (valueOf(item, 'source') !== source) return;
        const paragraph = item.values.get('paragraph') as Token;
        const quote = item.values.get('quote') as Token;
        sites.push({
          source,
          record: id,
          collection: file.collection,
          file,
          line: item.line,
          path: path(i),
          field: field(i),
          paragraph: paragraph.value as number,
          quote: quote.value as string,
          siblings: list.length,
          aliased: false,
          at: { paragraph, quote, lines: item.lines },
        });
      });
    add(
      scanned.sources,
      (i) => [r, 'sources', i],
      (i) => `sources[${i}]`,
    );
    scanned.disagreements?.forEach((passages, d) =>
      add(
        passages,
        (i) => [r, 'disagreements', d, 'passages', i],
        (i) => `disagreements[${d}].passages[${i}]`,
      ),
    );
  }
  return sites;
}

/** The slots of a file's scanned records: consecutive, of its collection, each with the id the scan read; undefined when they are not. */
export function slotsOf(
  dataset: Dataset,
  file: CollectionText,
  records: readonly ScannedRecord[],
): number[] | undefined {
  if (records.length === 0) return [];
  const firstId = records[0]!.id;
  if (typeof firstId !== 'object' || typeof firstId.value !== 'string') return undefined;
  const first = dataset.get(firstId.value);
  if (!first || first.type !== TYPE_OF[file.collection]) return undefined;
  const start = dataset.slotOf(first.record);
  const [, end] = dataset.range(file.collection);
  if (start + records.length > end) return undefined;
  const slots: number[] = [];
  for (let r = 0; r < records.length; r++) {
    const id = records[r]!.id;
    if (typeof id !== 'object' || dataset.idAt(start + r) !== id.value) return undefined;
    slots.push(start + r);
  }
  return slots;
}

// A scanned list and a compiled one agree on the citations of source: same length, and each
// citation of the source (by either) read as the same source, paragraph and quote. A list that
// cites the source on neither side is not looked at.
function sameList(
  read: readonly ScannedItem[] | undefined,
  list: readonly Citation[] | undefined,
  source: string,
): boolean {
  const cites = list?.some((c) => c.source === source) ?? false;
  if (!cites) return !anyCites([read], source);
  if (!read || read.length !== list!.length) return false;
  return list!.every((citation, i) => {
    const item = read[i]!;
    if (citation.source !== source && valueOf(item, 'source') !== source) return true;
    return (
      valueOf(item, 'source') === citation.source &&
      valueOf(item, 'paragraph') === citation.paragraph &&
      valueOf(item, 'quote') === citation.quote
    );
  });
}

function anyCites(
  lists: readonly (readonly ScannedItem[] | undefined)[] | undefined,
  source: string,
): boolean {
  return lists?.some((list) => list?.some((item) => valueOf(item, 'source') === source)) ?? false;
}

function valueOf(item: ScannedItem, key: string): unknown {
  const value = item.values.get(key);
  return typeof value === 'object' ? value.value : undefined;
}

// How many times the records cite the source (in sources and in disagreements' passages).
function countCitations(records: Iterable<object>, source: string): number {
  let n = 0;
  for (const record of records) {
    const { sources, disagreements } = record as Cited;
    for (const list of [sources ?? [], ...(disagreements ?? []).map((d) => d.passages)])
      for (const citation of list) if (citation.source === source) n++;
  }
  return n;
}
