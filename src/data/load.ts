import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { isSeq } from 'yaml';
import type { z } from 'zod';
import { DatasetError, type Problem } from '../errors.js';
import { indexRecords, type Dataset } from './dataset.js';
import { ANY_ID, checkIntegrity, type LocatedDataset } from './integrity.js';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './schema.js';
import { zodProblems } from './schema-problems.js';
import { parseYamlFile, problemAt, readText, type NodePath, type YamlFile } from './yaml-file.js';

/** A record together with where it was written, for messages about it. */
export interface Located<T> {
  readonly record: T;
  readonly file: YamlFile;
  readonly path: NodePath;
}

const YAML_FILE = /\.ya?ml$/;

/** Loads and validates the dataset in dir; throws DatasetError listing every problem found. */
export function loadDataset(dir: string, cwd = process.cwd()): Dataset {
  const root = resolve(cwd, dir);
  const show = (path: string) => displayPath(path, cwd);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new DatasetError([{ file: show(root), message: 'no dataset here: not a directory' }]);
  }
  const problems: Problem[] = [];
  const failedIds = new Set<string>(); // records that failed the schema still count as existing
  const located = {} as { -readonly [K in CollectionName]: Located<z.output<(typeof COLLECTIONS)[K]>>[] };
  for (const name of COLLECTION_NAMES) {
    const files = collectionFiles(root, name);
    if (files.length === 0) {
      problems.push({
        file: show(join(root, `${name}.yaml`)),
        message: `missing (an empty ${name}.yaml is fine)`,
      });
    }
    located[name] = files.flatMap((path) =>
      readCollectionFile(path, show(path), name, problems, failedIds),
    ) as never;
  }
  problems.push(...unknownFiles(root, show));
  const texts = readSourceTexts(root, located.sources, show, problems);
  problems.push(...checkIntegrity(located as LocatedDataset, texts, failedIds));
  if (problems.length > 0) throw new DatasetError(sortProblems(problems));
  const records = (name: CollectionName) => located[name].map((entry) => entry.record);
  const collections = {
    sources: records('sources') as Dataset['sources'],
    actors: records('actors') as Dataset['actors'],
    events: records('events') as Dataset['events'],
    issues: records('issues') as Dataset['issues'],
    claims: records('claims') as Dataset['claims'],
  };
  return { dir: root, ...collections, byId: indexRecords(collections), texts };
}

// <name>.yaml or .yml (even a broken link or a directory by that name: reading it reports why
// it cannot be used), and the YAML files of a folder <name>/, in name order.
function collectionFiles(root: string, name: CollectionName): string[] {
  const files = [`${name}.yaml`, `${name}.yml`].map((file) => join(root, file)).filter(exists);
  const folder = join(root, name);
  if (existsSync(folder) && statSync(folder).isDirectory()) {
    files.push(
      ...readdirSync(folder)
        .filter((file) => YAML_FILE.test(file))
        .sort()
        .map((file) => join(folder, file)),
    );
  }
  return files;
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function readCollectionFile(
  path: string,
  display: string,
  name: CollectionName,
  problems: Problem[],
  failedIds: Set<string>,
) {
  const parsed = parseYamlFile(path, display);
  problems.push(...parsed.problems);
  const contents = 'file' in parsed ? parsed.file.doc.contents : undefined;
  if (!('file' in parsed) || (contents !== null && !isSeq(contents))) {
    if ('file' in parsed) {
      problems.push(
        problemAt(parsed.file, [], `${name}: expected a list of records (each item starting with "- ")`),
      );
    }
    failedIds.add(ANY_ID); // its ids are unknown, so no id can be called unknown
    return [];
  }
  if (contents === null) return [];
  const schema = COLLECTIONS[name];
  return (parsed.value as unknown[]).flatMap((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) return [{ record: result.data, file: parsed.file, path: [index] }];
    problems.push(...zodProblems(schema, result.error, item, parsed.file, [index]));
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id === 'string') failedIds.add(id);
    return [];
  });
}

function unknownFiles(root: string, show: (path: string) => string): Problem[] {
  return readdirSync(root)
    .filter((entry) => YAML_FILE.test(entry))
    .filter((entry) => !(COLLECTION_NAMES as string[]).includes(entry.replace(YAML_FILE, '')))
    .map((entry) => ({
      file: show(join(root, entry)),
      message: `not a collection: expected one of ${COLLECTION_NAMES.map((n) => `${n}.yaml`).join(', ')}`,
    }));
}

function readSourceTexts(
  root: string,
  sources: LocatedDataset['sources'],
  show: (path: string) => string,
  problems: Problem[],
): Map<string, readonly string[]> {
  const texts = new Map<string, readonly string[]>();
  for (const { record, file, path } of sources) {
    if (record.text === undefined) continue;
    const textPath = resolve(root, record.text);
    const at = [...path, 'text'];
    if (relative(root, textPath).startsWith('..') || isAbsolute(relative(root, textPath))) {
      problems.push(problemAt(file, at, `text must be a file inside the dataset directory: ${record.text}`));
    } else if (!existsSync(textPath)) {
      problems.push(problemAt(file, at, `text file not found: ${show(textPath)}`));
    } else {
      const read = readText(textPath);
      if ('error' in read) problems.push(problemAt(file, at, `text file ${show(textPath)}: ${read.error}`));
      else texts.set(record.id, paragraphsOf(read.text));
    }
  }
  return texts;
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') ? rel : path;
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0),
  );
}

/** The paragraphs of a source text: one per line; a final line break does not start another. */
export function paragraphsOf(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
