import type { Dataset } from '../../dataset/dataset.js';
import { RefusedError } from '../../errors.js';
import { parseCollection, type CollectionText } from './citations.js';
import { editInPlace } from './inplace.js';
import type { Located } from './locate.js';
import { editsOf, type PlanEntry } from './plan.js';
import { RewriteError, rewriteFile, type FileEdit } from './rewrite.js';

// What writing a plan changes in the collection files: each file's new text, and for the files
// changed where the scan found their citations, the records the new text holds (for the check
// of the dataset, so that it need not parse them again).

/** The files a plan changes, and the records of those changed in place (by path). */
export interface FileChanges {
  readonly changes: { readonly file: CollectionText; readonly text: string }[];
  readonly records: ReadonlyMap<string, readonly unknown[]>;
}

/**
 * The collection files the plan changes, each with its new text: citations re-anchored or taken
 * out, and the source's record given the new text's sha256. A file the scan read is changed in
 * place (inplace.ts); any other, or one that cannot be so changed, through its YAML document.
 */
export function fileChanges(
  entries: readonly PlanEntry[],
  files: readonly CollectionText[],
  located: Located,
  { dataset, source, sha256 }: { dataset: Dataset; source: string; sha256: string },
): FileChanges {
  const aliased = entries.find(
    (entry) =>
      entry.site.aliased &&
      (entry.newParagraph !== entry.site.paragraph || entry.newQuote !== entry.site.quote),
  );
  if (aliased)
    throw new RefusedError(
      `${aliased.site.file.display}:${aliased.site.line}: the citation of ${aliased.site.record} is written once for several places (a YAML alias): change it by hand; nothing written`,
    );
  const edits = editsOf(entries);
  const record = sourceRecordAt(files, source);
  if (record) {
    const set: FileEdit = { kind: 'set', path: [record.index], key: 'sha256', value: sha256, after: 'text' };
    edits.set(record.file.path, [...(edits.get(record.file.path) ?? []), set]);
  }
  const records = new Map<string, readonly unknown[]>();
  const changes = files.flatMap((file) => {
    const fileEdits = edits.get(file.path);
    if (!fileEdits) return [];
    const scanned = located.scanned.get(file.path);
    if (scanned) {
      const sites = located.sites.filter((site) => site.file === file);
      const held = dataset.entries(scanned.slots).map((entry) => entry.record);
      const done = editInPlace(scanned, sites, fileEdits, held, source);
      if (done) {
        records.set(file.path, done.records);
        return [{ file, text: done.text }];
      }
    }
    try {
      return [{ file, text: rewriteFile(file.text, fileEdits) }];
    } catch (error) {
      if (!(error instanceof RewriteError)) throw error;
      throw new RefusedError(`cannot change ${file.display} in place: ${error.message}; nothing written`);
    }
  });
  return { changes, records };
}

// Which sources file holds the source's record, and where in its list.
function sourceRecordAt(
  files: readonly CollectionText[],
  id: string,
): { file: CollectionText; index: number } | undefined {
  for (const file of files.filter((f) => f.collection === 'sources')) {
    const records = parseCollection(file.text).toJS() as unknown;
    if (!Array.isArray(records)) continue;
    const index = records.findIndex((record) => (record as { id?: unknown } | null)?.id === id);
    if (index >= 0) return { file, index };
  }
  return undefined;
}
