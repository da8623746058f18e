import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { valid, type BadCase } from './make.js';

// A bad dataset file (dataset.yaml): broken YAML, unknown fields, wrong types, a perspective
// that names no country, bytes that are not text, things that are not a file; and good ones.

const ALL = '1 sources, 5 actors, 3 events, 1 issues, 2 claims, 11 citations';
const write =
  (text: string | Buffer, name = 'dataset.yaml') =>
  (dir: string) =>
    writeFileSync(join(dir, name), text);

export const DATASET_FILE_CASES: readonly BadCase[] = [
  {
    name: 'a dataset file with every field',
    make: write(
      'title: T\ndescription: D\nperspective: ruritania\nsettings:\n  as_of: 2024-06\n  stale_after: { planned: P2W }\n',
    ),
    code: 0,
    says: valid(ALL),
    read: ['country', 'ruritania'],
  },
  {
    name: 'a dataset file with a syntax error',
    make: write('title: Test\n  perspective: ruritania\n'),
    code: 3,
    says: () => ['dataset.yaml:1:8: Nested mappings are not allowed in compact mappings'],
    read: true,
  },
  {
    name: 'a dataset file with an unknown field',
    make: write('title: Test\nperspectiv: ruritania\n'),
    code: 3,
    says: () => ['dataset.yaml:2:1: unknown field "perspectiv" (did you mean "perspective"?)'],
    read: true,
  },
  {
    name: 'a dataset file whose perspective names no country',
    make: write('perspective: atlantis\n'),
    code: 3,
    says: () => ['dataset.yaml:1:14: perspective: unknown country "atlantis"'],
    read: ['country', 'ruritania'],
  },
  {
    name: 'a dataset file with a wrong type',
    make: write('title: Test\nsettings: [as_of, 2024]\n'),
    code: 3,
    says: () => ['dataset.yaml:2:11: settings: expected object, got a list'],
  },
  {
    name: 'a dataset file that is not UTF-8',
    make: write(Buffer.from('title: Caf\xe9\n', 'latin1')),
    code: 3,
    says: () => ['dataset.yaml:1:11: not a UTF-8 text file: byte 0xE9 here is not valid UTF-8'],
  },
  {
    name: 'a directory where the dataset file should be',
    make: (dir) => mkdirSync(join(dir, 'dataset.yaml')),
    code: 3,
    says: () => ['dataset.yaml: is a directory, not a file'],
    read: true,
  },
  {
    name: 'a broken symbolic link where the dataset file should be',
    make: (dir) => symlinkSync('nowhere.yaml', join(dir, 'dataset.yaml')),
    code: 3,
    says: () => ['dataset.yaml: cannot read it: it does not exist (a broken symbolic link?) (ENOENT)'],
  },
  {
    name: 'two dataset files',
    make: (dir) => {
      write('title: A\n')(dir);
      write('title: B\n', 'dataset.yml')(dir);
    },
    code: 3,
    says: () => ['dataset.yml: a second dataset file, beside dataset.yaml: keep one'],
    read: true,
  },
];
