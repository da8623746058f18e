import { isDeepStrictEqual } from 'node:util';
import { isSeq } from 'yaml';
import { ANY_ID } from '../check/integrity.js';
import { COLLECTIONS } from '../check/schema.js';
import { zodProblems } from '../check/schema-problems.js';
import type { FileRef, Located, YamlFile } from './located.js';
import { decodeText } from '../read/decode.js';
import type { InputFile } from '../read/list.js';
import { parseYaml, problemAt, refTo } from './yaml-file.js';
import type { Problem } from '../../model/problem.js';

// Stage 2, parse: one collection file's YAML into records, each checked against the schema of
// its collection. This is the work one file costs, and what the per-file cache keeps.

/** What one collection file yields: its records that passed the schema, and the problems of the rest. */
export interface ParsedFile {
  readonly records: readonly Located<unknown>[];
  readonly problems: readonly Problem[];
  /** Ids of records that failed the schema (they still count as existing); ANY_ID when the file is unreadable. */
  readonly failedIds: readonly string[];
}

/** Parses one collection file and checks its records against the collection's schema. */
export function parseCollectionFile(input: InputFile): ParsedFile {
  const text = decodeText(input.content);
  if ('error' in text) {
    const { error, ...at } = text;
    return unusable([{ file: input.display, ...at, message: error }]);
  }
  const parsed = parseYaml(text.text, input.display);
  if (!('file' in parsed)) return unusable(parsed.problems);
  const ref = refTo(parsed.file);
  const contents = parsed.file.doc.contents;
  if (contents !== null && !isSeq(contents)) {
    return unusable([
      problemAt(ref, [], `${input.collection}: expected a list of records (each item starting with "- ")`),
    ]);
  }
  if (contents === null) return { records: [], problems: [], failedIds: [] };
  const schema = COLLECTIONS[input.collection];
  const later = lazyRef(input);
  const records: Located<unknown>[] = [];
  const problems: Problem[] = [];
  const failedIds: string[] = [];
  (parsed.value as unknown[]).forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) {
      records.push({ record: result.data, file: later, path: [index] });
      return;
    }
    problems.push(...zodProblems(schema, result.error, item, ref, [index]));
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id === 'string') failedIds.push(id);
  });
  return { records, problems, failedIds };
}

/** Records read back from the per-file cache: their file is parsed again only if a message needs a position. */
export function locateCached(input: InputFile, records: readonly unknown[]): Located<unknown>[] {
  const ref = lazyRef(input);
  return records.map((record, index) => ({ record, file: ref, path: [index] }));
}

/**
 * Records known to be what a file holds (written there by an edit in place), checked against
 * its collection's schema as parsed ones are; undefined when one fails, or comes out of the
 * schema other than it went in: the file is then to be parsed.
 */
export function checkGiven(input: InputFile, records: readonly unknown[]): ParsedFile | undefined {
  const schema = COLLECTIONS[input.collection];
  for (const record of records) {
    const result = schema.safeParse(record);
    if (!result.success || !isDeepStrictEqual(result.data, record)) return undefined;
  }
  return { records: locateCached(input, records), problems: [], failedIds: [] };
}

// A file's YAML, parsed again when a message needs a position: holding every file's parsed
// document until the whole dataset is checked would cost gigabytes on a large dataset.
function lazyRef(input: InputFile): FileRef {
  let file: YamlFile | undefined;
  return {
    display: input.display,
    yaml: (): YamlFile => {
      if (file) return file;
      // These very bytes parsed cleanly before.
      const text = decodeText(input.content);
      if ('error' in text) throw new Error(`${input.display}: ${text.error}`);
      const parsed = parseYaml(text.text, input.display);
      if (!('file' in parsed)) throw new Error(`${input.display} no longer parses`);
      file = parsed.file;
      return file;
    },
  };
}

// A file none of whose ids are known: no id can be called unknown.
function unusable(problems: Problem[]): ParsedFile {
  return { records: [], problems, failedIds: [ANY_ID] };
}
