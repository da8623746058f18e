import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_NAMES } from '../../src/model/vocabulary.js';
import { edit } from '../helpers.js';

// Small tools for breaking a copy of test/fixtures/mini, and for saying where a problem is.

/** One bad dataset: how to make it from a copy of the fixture, and what car-brief must answer. */
export interface BadCase {
  readonly name: string;
  /** Breaks the copy of the fixture in dir. */
  readonly make: (dir: string) => void;
  /** The exit code: 3 for an invalid dataset, 0 where the input must be accepted. */
  readonly code: 0 | 3;
  /** What the output must contain (stderr; stdout when valid), given the broken dir: "file:line:col: message". */
  readonly says: (dir: string) => (string | RegExp)[];
  /** Also run a reading command on it: countries (true), or the one given. */
  readonly read?: boolean | readonly string[];
  /** Why the case cannot run here (it is skipped), or undefined. */
  readonly skip?: string | undefined;
}

/** Adds text at the end of a file of dir. */
export function append(dir: string, file: string, text: string): void {
  appendFileSync(join(dir, file), text);
}

/** Replaces every occurrence of from in a file of dir (at least one). */
export function editAll(dir: string, file: string, from: string, to: string): void {
  const text = readFileSync(join(dir, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  writeFileSync(join(dir, file), text.split(from).join(to));
}

/** Edits a file of dir once per pair [from, to]. */
export function edits(dir: string, file: string, pairs: readonly (readonly [string, string])[]): void {
  for (const [from, to] of pairs) edit(dir, file, from, to);
}

/** "file:line:col" of the first occurrence of text in a file of dir (its nth, counting from 1). */
export function at(dir: string, file: string, text: string, nth = 1): string {
  const content = readFileSync(join(dir, file), 'utf8');
  let offset = -1;
  for (let i = 0; i < nth; i++) {
    offset = content.indexOf(text, offset + 1);
    if (offset < 0) throw new Error(`${file} has no ${nth}th ${JSON.stringify(text)}`);
  }
  const before = content.slice(0, offset).replace(/^\uFEFF/, '');
  const line = before.split('\n').length;
  return `${file}:${line}:${before.length - before.lastIndexOf('\n')}`;
}

/** "file:line:col" of the value of key where the file says "key: value". */
export function atValue(dir: string, file: string, key: string, value: string): string {
  const [name, line, col] = at(dir, file, `${key}: ${value}`).split(':');
  return `${name}:${line}:${Number(col) + key.length + 2}`;
}

/** Replaces from by to in every collection file that has it (in one file at least). */
export function rename(dir: string, from: string, to: string): void {
  const files = COLLECTION_NAMES.map((name) => `${name}.yaml`).filter((file) =>
    readFileSync(join(dir, file), 'utf8').includes(from),
  );
  if (files.length === 0) throw new Error(`no collection file contains ${JSON.stringify(from)}`);
  for (const file of files) editAll(dir, file, from, to);
}

/** The "valid" line validate prints for dir. */
export function valid(counts: string): (dir: string) => string[] {
  return (dir) => [`${dir}: valid (${counts})`];
}
