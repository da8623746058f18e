import { ANY_ID } from '../../load/check/integrity.js';
import { parseCollectionFile, type ParsedFile } from '../../load/parse/parse.js';
import { parseYaml } from '../../load/parse/yaml-file.js';
import { decodeText } from '../../load/read/decode.js';
import type { InputFile } from '../../load/read/list.js';
import type { Problem } from '../../model/problem.js';
import { COLLECTION_NAMES, type CollectionName } from '../../model/vocabulary.js';

// A dataset's records at one moment (a commit, or the working tree), by collection and id, read
// by the parse stage as validate reads them: defaults filled in (an event with no tags has
// tags: []), a bare year read as the date it is. So a record reads the same however its YAML is
// written. A record that fails its schema is taken as written; a file that cannot be read at all
// is a problem.

/** Every record of a dataset at one moment: collection → id → record. */
export type Snapshot = ReadonlyMap<CollectionName, ReadonlyMap<string, Readonly<Record<string, unknown>>>>;

/** The records of a dataset's collection files (the first of two with one id), and the problems of files that cannot be read. */
export function snapshotOf(files: readonly InputFile[]): { snapshot: Snapshot; problems: Problem[] } {
  const snapshot = new Map(
    COLLECTION_NAMES.map((name) => [name, new Map<string, Record<string, unknown>>()]),
  );
  const problems: Problem[] = [];
  for (const file of files) {
    const parsed = parseCollectionFile(file);
    if (parsed.failedIds.includes(ANY_ID)) {
      problems.push(...parsed.problems);
      continue;
    }
    const records = snapshot.get(file.collection)!;
    const keep = (record: unknown) => {
      const id = (record as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && !records.has(id)) records.set(id, record as Record<string, unknown>);
    };
    if (parsed.failedIds.length === 0) parsed.records.forEach((located) => keep(located.record));
    else withFailed(file, parsed).forEach(keep);
  }
  return { snapshot, problems };
}

// Every item of a file in order: each valid record as the schema reads it, the others as written.
function withFailed(file: InputFile, parsed: ParsedFile): unknown[] {
  const valid = new Map(parsed.records.map((located) => [located.path[0], located.record]));
  const text = decodeText(file.content);
  const yaml = 'text' in text ? parseYaml(text.text, file.display) : undefined;
  const items = yaml && 'value' in yaml && Array.isArray(yaml.value) ? (yaml.value as unknown[]) : [];
  return items.map((item, index) => (valid.has(index) ? valid.get(index) : item));
}
