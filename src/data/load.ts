import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isSeq } from 'yaml';
import type { z } from 'zod';
import { DatasetError, type Problem } from '../errors.js';
import { indexRecords, type Dataset } from './dataset.js';
import { checkIntegrity, type LocatedDataset } from './integrity.js';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './schema.js';
import { zodProblems } from './schema-problems.js';
import { parseYamlFile, problemAt, type NodePath, type YamlFile } from './yaml-file.js';

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
  const located = {} as { -readonly [K in CollectionName]: Located<z.output<(typeof COLLECTIONS)[K]>>[] };
  for (const name of COLLECTION_NAMES) {
    const files = collectionFiles(root, name);
    if (files.length === 0 && name === 'sources') {
      problems.push({ file: show(join(root, 'sources.yaml')), message: 'missing: every dataset needs its sources' });
    }
    located[name] = files.flatMap((path) => readCollectionFile(path, show(path), name, problems)) as never;
  }
  problems.push(...unknownFiles(root, show));
  if (problems.length === 0) {
    const texts = readSourceTexts(root, located.sources, show, problems);
    problems.push(...checkIntegrity(located as LocatedDataset, texts));
  }
  if (problems.length > 0) throw new DatasetError(sortProblems(problems));
  const records = (name: CollectionName) => located[name].map((entry) => entry.record);
  const collections = {
    sources: records('sources') as Dataset['sources'],
    actors: records('actors') as Dataset['actors'],
    events: records('events') as Dataset['events'],
    issues: records('issues') as Dataset['issues'],
    claims: records('claims') as Dataset['claims'],
  };
  return { dir: root, ...collections, byId: indexRecords(collections) };
}

function collectionFiles(root: string, name: CollectionName): string[] {
  const files = [`${name}.yaml`, `${name}.yml`].map((file) => join(root, file)).filter((path) => existsSync(path));
  const folder = join(root, name);
  if (existsSync(folder) && statSync(folder).isDirectory()) {
    files.push(...readdirSync(folder).filter((file) => YAML_FILE.test(file)).sort().map((file) => join(folder, file)));
  }
  return files;
}

function readCollectionFile(path: string, display: string, name: CollectionName, problems: Problem[]) {
  const { file, problems: syntax } = parseYamlFile(path, display);
  problems.push(...syntax);
  if (syntax.length > 0) return [];
  const contents = file.doc.contents;
  if (contents === null) return [];
  if (!isSeq(contents)) {
    problems.push(problemAt(file, [], `${name}: expected a list of records (each item starting with "- ")`));
    return [];
  }
  const schema = COLLECTIONS[name];
  const items = file.doc.toJS() as unknown[];
  return items.flatMap((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) return [{ record: result.data, file, path: [index] }];
    problems.push(...zodProblems(schema, result.error, item, file, [index]));
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
    const textPath = join(root, record.text);
    if (!existsSync(textPath)) {
      problems.push(problemAt(file, [...path, 'text'], `text file not found: ${show(textPath)}`));
      continue;
    }
    texts.set(record.id, readFileSync(textPath, 'utf8').replace(/\r\n?/g, '\n').split('\n'));
  }
  return texts;
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') ? rel : path;
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0),
  );
}
