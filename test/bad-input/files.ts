import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { COLLECTION_NAMES } from '../../src/model/vocabulary.js';
import { edit } from '../helpers.js';
import { at, editAll, valid, type BadCase } from './make.js';

// Bad files: sizes, bytes that are not text (and text that must be accepted: BOM, CRLF, empty),
// and things that are not files at all where a collection file or a source text should be.

const ALL = '1 sources, 5 actors, 3 events, 1 issues, 2 claims, 11 citations';

export const FILE_CASES: readonly BadCase[] = [
  {
    name: 'a file over 50 MB',
    make: (dir) => {
      const claims = readFileSync(join(dir, 'claims.yaml'), 'utf8');
      const filler = `# ${'x'.repeat(1021)}\n`.repeat(50 * 1024 + 1);
      writeFileSync(join(dir, 'claims.yaml'), claims + filler);
    },
    code: 3,
    says: () => ['claims.yaml: too large: 50.1 MB, and car-brief reads files of up to 50 MB'],
    read: true,
  },
  {
    name: 'a line of 1 MB',
    make: (dir) => edit(dir, 'claims.yaml', 'statement: Critics', `statement: ${'Critics '.repeat(131_072)}`),
    code: 0,
    says: valid(ALL),
    read: true,
  },
  {
    name: 'a bad reference 1 MB long',
    make: (dir) => edit(dir, 'claims.yaml', 'about: [dam-project]', `about: [${'dam-'.repeat(262_144)}x]`),
    code: 3,
    says: (dir) => [`${at(dir, 'claims.yaml', 'dam-dam-')}: unknown id "dam-dam-dam-`],
  },
  {
    name: 'bytes that are not UTF-8',
    make: (dir) =>
      writeFileSync(join(dir, 'issues.yaml'), Buffer.from('- id: dam-dispute\n  title: Caf\xe9\n', 'latin1')),
    code: 3,
    says: () => [
      'issues.yaml:2:13: not a UTF-8 text file: byte 0xE9 here is not valid UTF-8 (save the file as UTF-8)',
    ],
    read: true,
  },
  {
    name: 'a NUL byte',
    make: (dir) => edit(dir, 'issues.yaml', 'title: Trouble', 'title: Tr\0ouble'),
    code: 3,
    says: () => ['issues.yaml:2:12: not a text file: it has a NUL byte here'],
  },
  {
    name: 'a source text that is not UTF-8',
    make: (dir) => writeFileSync(join(dir, 'texts/note.txt'), Buffer.from('Ruritania\nna\xefve\n', 'latin1')),
    code: 3,
    says: (dir) => [
      `${at(dir, 'sources.yaml', 'texts/note.txt')}: text file texts/note.txt:2:3: not a UTF-8 text file: byte 0xEF here`,
    ],
  },
  {
    name: 'a byte order mark (accepted)',
    make: (dir) => {
      for (const name of COLLECTION_NAMES) {
        writeFileSync(join(dir, `${name}.yaml`), '\uFEFF' + readFileSync(join(dir, `${name}.yaml`), 'utf8'));
      }
    },
    code: 0,
    says: valid(ALL),
    read: true,
  },
  {
    name: 'CRLF line ends (accepted)',
    make: (dir) => {
      for (const name of COLLECTION_NAMES) editAll(dir, `${name}.yaml`, '\n', '\r\n');
      editAll(dir, 'texts/note.txt', '\n', '\r\n');
    },
    code: 0,
    says: valid(ALL),
  },
  {
    name: 'CRLF line ends, with a problem at the same position as with LF',
    make: (dir) => {
      edit(dir, 'claims.yaml', 'kind: report', 'kind: rumour');
      editAll(dir, 'claims.yaml', '\n', '\r\n');
    },
    code: 3,
    says: () => ['claims.yaml:14:9: kind: "rumour" is not one of fact, report, assessment'],
  },
  {
    name: 'empty and comment-only collection files (accepted)',
    make: (dir) => {
      writeFileSync(join(dir, 'claims.yaml'), '');
      writeFileSync(join(dir, 'issues.yaml'), '# nothing yet\n\n');
      edit(dir, 'events.yaml', '  issues: [dam-dispute]\n', '');
    },
    code: 0,
    says: valid('1 sources, 5 actors, 3 events, 0 issues, 0 claims, 8 citations'),
    read: true,
  },
  {
    name: 'a missing collection file',
    make: (dir) => rmSync(join(dir, 'issues.yaml')),
    code: 3,
    says: () => ['issues.yaml: missing (an empty issues.yaml is fine)'],
  },
  {
    name: 'a directory where a collection file should be',
    make: (dir) => {
      rmSync(join(dir, 'claims.yaml'));
      mkdirSync(join(dir, 'claims.yaml'));
    },
    code: 3,
    says: () => ['claims.yaml: is a directory, not a file'],
  },
  {
    name: 'a FIFO where a collection file should be',
    make: (dir) => {
      rmSync(join(dir, 'claims.yaml'));
      execFileSync('mkfifo', [join(dir, 'claims.yaml')]);
    },
    code: 3,
    says: () => ['claims.yaml: not a regular file (a FIFO, socket or device)'],
    read: true,
  },
  {
    name: 'a FIFO as a source text',
    make: (dir) => {
      rmSync(join(dir, 'texts/note.txt'));
      execFileSync('mkfifo', [join(dir, 'texts/note.txt')]);
    },
    code: 3,
    says: (dir) => [
      `${at(dir, 'sources.yaml', 'texts/note.txt')}: text file texts/note.txt: not a regular file (a FIFO, socket or device)`,
    ],
  },
  {
    name: 'a symbolic link loop where a collection file should be',
    make: (dir) => {
      rmSync(join(dir, 'claims.yaml'));
      symlinkSync('claims.yaml', join(dir, 'claims.yaml'));
    },
    code: 3,
    says: () => [
      'claims.yaml: cannot read it: too many symbolic links (a link that points back to itself?) (ELOOP)',
    ],
    read: true,
  },
  {
    name: 'a broken symbolic link where a collection file should be',
    make: (dir) => {
      rmSync(join(dir, 'claims.yaml'));
      symlinkSync('nowhere.yaml', join(dir, 'claims.yaml'));
    },
    code: 3,
    says: () => ['claims.yaml: cannot read it: it does not exist (a broken symbolic link?) (ENOENT)'],
  },
  {
    name: 'an unreadable collection file',
    make: (dir) => chmodSync(join(dir, 'claims.yaml'), 0o000),
    code: 3,
    says: () => ['claims.yaml: cannot read it: permission denied (EACCES)'],
    // root reads a file whatever its mode (CI runs as root): there the case cannot happen.
    skip: process.getuid?.() === 0 ? 'root can read a file with mode 000' : undefined,
  },
  {
    name: 'a YAML file that is not a collection',
    make: (dir) => writeFileSync(join(dir, 'people.yaml'), '[]\n'),
    code: 3,
    says: () => ['people.yaml: not a collection: expected one of sources.yaml, actors.yaml'],
  },
];
