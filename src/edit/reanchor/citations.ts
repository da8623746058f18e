import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { CollectionName } from '../../model/vocabulary.js';

// Every citation of one source in a dataset's collection files, read from the YAML itself (not
// from the compiled records), so that each is known by where it is written: its file, its line,
// and its path in the document, which is what a change to its paragraph or quote edits.

/** A collection file as read for re-anchoring. */
export interface CollectionText {
  readonly path: string;
  /** The path shown in messages. */
  readonly display: string;
  readonly collection: CollectionName;
  readonly text: string;
}

/** Where a citation is in its file's document: [record index, 'sources', i] or [record index, 'disagreements', i, 'passages', j]. */
export type CitationPath =
  readonly [number, 'sources', number] | readonly [number, 'disagreements', number, 'passages', number];

/** One citation of the source, where it is written. */
export interface CitationSite {
  readonly source: string;
  readonly record: string;
  readonly collection: CollectionName;
  readonly file: CollectionText;
  readonly line: number;
  readonly path: CitationPath;
  /** The path in words: sources[0], disagreements[1].passages[0]. */
  readonly field: string;
  readonly paragraph: number;
  readonly quote: string;
  /** How many citations its record's list (sources, or the disagreement's passages) holds. */
  readonly siblings: number;
  /** Reached through a YAML alias (*name): it cannot be edited in one place. */
  readonly aliased: boolean;
}

/** Parses a collection file as the edits read it: YAML 1.2 (core schema), with positions. */
export function parseCollection(text: string, lines?: LineCounter): Document {
  return parseDocument(text, {
    schema: 'core',
    prettyErrors: false,
    logLevel: 'error',
    ...(lines ? { lineCounter: lines } : {}),
  });
}

/** Every citation of source in the files, in file order then record order. */
export function citationsOf(source: string, files: readonly CollectionText[]): CitationSite[] {
  return files.flatMap((file) => {
    if (file.collection === 'sources') return [];
    const lines = new LineCounter();
    const doc = parseCollection(file.text, lines);
    const records = doc.contents;
    if (!isSeq(records)) return [];
    const sites: CitationSite[] = [];
    records.items.forEach((item, r) => {
      const [record, aliasedRecord] = resolved(doc, item as Node);
      if (!isMap(record)) return;
      const id = String(scalarAt(record, 'id') ?? '');
      const cite = (
        list: unknown,
        path: (i: number) => CitationPath,
        field: (i: number) => string,
        aliased: boolean,
      ) => {
        const [seq, aliasedList] = resolved(doc, list as Node);
        if (!isSeq(seq)) return;
        seq.items.forEach((entry, i) => {
          const [citation, aliasedItem] = resolved(doc, entry as Node);
          if (!isMap(citation) || scalarAt(citation, 'source') !== source) return;
          const paragraph = scalarAt(citation, 'paragraph');
          const quote = scalarAt(citation, 'quote');
          if (typeof paragraph !== 'number' || typeof quote !== 'string') return;
          sites.push({
            source,
            record: id,
            collection: file.collection,
            file,
            line: lines.linePos(citation.range?.[0] ?? 0).line,
            path: path(i),
            field: field(i),
            paragraph,
            quote,
            siblings: seq.items.length,
            aliased: aliased || aliasedList || aliasedItem,
          });
        });
      };
      cite(
        record.get('sources', true),
        (i) => [r, 'sources', i],
        (i) => `sources[${i}]`,
        aliasedRecord,
      );
      const [disagreements, aliasedDisagreements] = resolved(doc, record.get('disagreements', true) as Node);
      if (isSeq(disagreements))
        disagreements.items.forEach((entry, d) => {
          const [disagreement, aliasedEntry] = resolved(doc, entry as Node);
          if (!isMap(disagreement)) return;
          cite(
            disagreement.get('passages', true),
            (i) => [r, 'disagreements', d, 'passages', i],
            (i) => `disagreements[${d}].passages[${i}]`,
            aliasedRecord || aliasedDisagreements || aliasedEntry,
          );
        });
    });
    return sites;
  });
}

// A node, its alias followed: and whether it was one.
function resolved(doc: Document, node: Node | undefined | null): [Node | undefined, boolean] {
  if (node === undefined || node === null) return [undefined, false];
  if (isAlias(node)) return [node.resolve(doc) as Node | undefined, true];
  return [node, false];
}

// The plain value of a map's key, when it is a scalar.
function scalarAt(map: { get(key: string, keepScalar: true): unknown }, key: string): unknown {
  const node = map.get(key, true);
  return isScalar(node) ? node.value : undefined;
}
