import {
  appendFileSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../src/errors.js';
import { checkDatasetWith } from '../../src/load/index.js';
import { formatProblem } from '../../src/model/problem.js';
import { MINI, check, copyDataset, edit, lineOf, load } from '../helpers.js';

async function problems(dir: string): Promise<string[]> {
  try {
    await check(dir, dir);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

describe('loadDataset', () => {
  it('loads a valid dataset with every collection', async () => {
    const dataset = await load(MINI);
    expect(dataset.actors.map((a) => a.id)).toEqual([
      'ruritania',
      'elbonia',
      'old-world',
      'ada-vance',
      'dam-project',
    ]);
    expect(dataset.events).toHaveLength(3);
    expect(dataset.get('dam-size')?.type).toBe('claim');
    expect(dataset.events[0]!.tags).toEqual(['diplomacy']);
  });

  it('reads a bare YAML year as an EDTF string', async () => {
    const dataset = await load(MINI);
    expect(dataset.sources[0]!.published).toBe('2023');
    expect(dataset.events.find((e) => e.id === 'vance-return-visit')!.date).toBe('2024');
  });

  it('reports a YAML syntax error at its position', async () => {
    const dir = copyDataset();
    edit(dir, 'issues.yaml', '  status: open', '  status: [open');
    expect(await problems(dir)).toEqual([
      'issues.yaml:4:3: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('reports a wrong type at the value', async () => {
    const dir = copyDataset();
    edit(dir, 'claims.yaml', '{ value: 240,', '{ value: "a lot",');
    const line = lineOf(dir, 'claims.yaml', '"a lot"');
    expect(await problems(dir)).toEqual([
      `claims.yaml:${line}:16: figures[0].value: expected number, got string "a lot"`,
    ]);
  });

  it('reports an unknown field at its key, with a suggestion', async () => {
    const dir = copyDataset();
    edit(dir, 'events.yaml', '  date_basis: stated', '  date_basis: stated\n  statu: happened');
    const line = lineOf(dir, 'events.yaml', 'statu: happened');
    expect(await problems(dir)).toEqual([
      `events.yaml:${line}:3: unknown field "statu" (did you mean "status"?)`,
    ]);
  });

  it('reports a missing required field at the record', async () => {
    const dir = copyDataset();
    edit(dir, 'issues.yaml', '  status: open\n', '');
    expect(await problems(dir)).toEqual(['issues.yaml:1:3: missing required field "status"']);
  });

  it('reports a bad enum value with a suggestion', async () => {
    const dir = copyDataset();
    edit(dir, 'claims.yaml', 'kind: report', 'kind: reprot');
    const line = lineOf(dir, 'claims.yaml', 'reprot');
    expect(await problems(dir)).toEqual([
      `claims.yaml:${line}:9: kind: "reprot" is not one of fact, report, assessment (did you mean "report"?)`,
    ]);
  });

  it('reports a duplicate id with where it was first used', async () => {
    const dir = copyDataset();
    edit(dir, 'claims.yaml', 'id: dam-doomed', 'id: dam-size');
    const line = lineOf(dir, 'claims.yaml', 'id: dam-size');
    const second = lineOf(dir, 'claims.yaml', 'statement: Critics') - 2;
    expect(await problems(dir)).toEqual([
      `claims.yaml:${second}:7: duplicate id "dam-size" (first used at claims.yaml:${line}:7)`,
    ]);
  });

  it('reports a dangling reference with a suggestion', async () => {
    const dir = copyDataset();
    edit(dir, 'events.yaml', 'countries: [elbonia, ruritania]', 'countries: [elbonia, ruritanai]');
    const line = lineOf(dir, 'events.yaml', 'ruritanai');
    expect(await problems(dir)).toEqual([
      `events.yaml:${line}:24: unknown id "ruritanai" (did you mean "ruritania"?)`,
    ]);
  });

  it('reports a reference to the wrong kind of record', async () => {
    const dir = copyDataset();
    edit(dir, 'events.yaml', 'countries: [elbonia, ruritania]', 'countries: [elbonia, ada-vance]');
    expect((await problems(dir))[0]).toMatch(
      /events\.yaml:\d+:24: "ada-vance" is not a country or group of countries$/,
    );
  });

  it('reports a date that is not EDTF', async () => {
    const dir = copyDataset();
    edit(dir, 'events.yaml', 'date: 2021-03', 'date: March 2021');
    const line = lineOf(dir, 'events.yaml', 'March 2021');
    expect(await problems(dir)).toEqual([
      `events.yaml:${line}:9: date: "March 2021" is not an EDTF date; write e.g. 2024, 2024-07, 2024-07-10/2024-07-11 or 2024-10/..`,
    ]);
  });

  it('requires a note on an inferred date', async () => {
    const dir = copyDataset();
    edit(dir, 'events.yaml', '  date_note: The note gives no year; 2023 is the year it was written.\n', '');
    expect(await problems(dir)).toEqual([
      'events.yaml:1:3: date_note: an inferred date needs a date_note saying how it was inferred',
    ]);
  });

  it('checks quotes against the cited paragraph', async () => {
    const dir = copyDataset();
    edit(dir, 'claims.yaml', 'quote: "critics say it is doomed"', 'quote: "critics said it is doomed"');
    edit(dir, 'issues.yaml', 'paragraph: 3, quote', 'paragraph: 4, quote');
    edit(dir, 'actors.yaml', 'paragraph: 4, quote', 'paragraph: 9, quote');
    expect(await problems(dir)).toEqual([
      expect.stringMatching(/^actors\.yaml:\d+:\d+: paragraph 9 does not exist: "test-note" has 4$/),
      expect.stringMatching(/^claims\.yaml:\d+:\d+: quote is not verbatim in paragraph 4 of "test-note"$/),
      expect.stringMatching(/^issues\.yaml:\d+:\d+: quote is in paragraph 3, not 4$/),
    ]);
  });

  it('reports every problem at once, across files', async () => {
    const dir = copyDataset();
    edit(dir, 'claims.yaml', 'kind: report', 'kind: rumour');
    edit(dir, 'events.yaml', 'type: agreement', 'type: treaty');
    edit(dir, 'actors.yaml', 'iso3: ELB', 'iso3: ELBX');
    expect(await problems(dir)).toHaveLength(3);
  });

  it('rejects a directory that does not exist, and a file that is not a list', async () => {
    expect(await problems('/nonexistent/car-brief-data')).toEqual([
      '/nonexistent/car-brief-data: no dataset here: not a directory',
    ]);
    const dir = copyDataset();
    writeFileSync(join(dir, 'issues.yaml'), 'dam-dispute:\n  title: Trouble\n');
    expect((await problems(dir))[0]).toMatch(/^issues\.yaml:1:1: issues: expected a list of records/);
  });
});

describe('loadDataset on damaged files', () => {
  it('reports a syntax error once, at where it starts, with how many followed', async () => {
    const dir = copyDataset();
    edit(
      dir,
      'claims.yaml',
      '  statement: Critics say the dam is doomed.',
      '\tstatement: Critics say the dam is doomed.',
    );
    const found = await problems(dir);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^claims\.yaml:\d+:\d+: .*\(and \d+ more syntax errors? after it\)$|^claims\.yaml:\d+:\d+: [^(]*$/,
    );
  });

  it('reads a file with a byte order mark and CRLF line ends', async () => {
    const dir = copyDataset();
    const path = join(dir, 'issues.yaml');
    writeFileSync(path, '\uFEFF' + readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
    expect(await problems(dir)).toEqual([]);
  });

  it('reports a null item and a missing collection file', async () => {
    const dir = copyDataset();
    writeFileSync(join(dir, 'issues.yaml'), readFileSync(join(dir, 'issues.yaml'), 'utf8') + '- \n');
    rmSync(join(dir, 'claims.yaml'));
    expect(await problems(dir)).toEqual([
      'claims.yaml: missing (an empty claims.yaml is fine)',
      expect.stringMatching(/^issues\.yaml:\d+:\d+: record: expected object, got null$/),
    ]);
  });

  it('reports files it cannot read instead of failing', async () => {
    const dir = copyDataset();
    rmSync(join(dir, 'claims.yaml'));
    mkdirSync(join(dir, 'claims.yaml'));
    writeFileSync(join(dir, 'issues.yaml'), Buffer.from([0x2d, 0x20, 0xff, 0xfe, 0x00]));
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'events.yml'));
    expect(await problems(dir)).toEqual([
      'claims.yaml: is a directory, not a file',
      'events.yml: cannot read it: it does not exist (a broken symbolic link?) (ENOENT)',
      'issues.yaml:1:3: not a UTF-8 text file: byte 0xFF here is not valid UTF-8 (save the file as UTF-8)',
    ]);
  });

  it('keeps source texts inside the dataset directory', async () => {
    const dir = copyDataset();
    edit(dir, 'sources.yaml', 'text: texts/note.txt', 'text: ../../etc/hostname');
    expect((await problems(dir))[0]).toMatch(
      /^sources\.yaml:\d+:9: text must be a file inside the dataset directory/,
    );
  });

  it('survives an alias bomb', async () => {
    const dir = copyDataset();
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill('*' + String.fromCharCode(96 + i))
          .join(', ')}]`,
      );
    writeFileSync(join(dir, 'issues.yaml'), bomb.join('\n') + '\n');
    expect(await problems(dir)).toEqual([
      'issues.yaml:7:8: alias *f makes this file more than 1,000,000 values larger once aliases are expanded (an alias bomb?)',
    ]);
  });
});

describe('provenance checks', () => {
  it('checks that every figure appears in the quotes', async () => {
    const dir = copyDataset();
    edit(dir, 'claims.yaml', '{ value: 240,', '{ value: 420,');
    const line = lineOf(dir, 'claims.yaml', 'value: 420');
    expect(await problems(dir)).toEqual([
      `claims.yaml:${line}:16: figure 420 does not appear in the record's quotes`,
    ]);
  });

  it('says when a quote differs only in apostrophes or spacing', async () => {
    const dir = copyDataset();
    edit(
      dir,
      'actors.yaml',
      'quote: "Elbonia’s foreign minister" }',
      `quote: "Elbonia's  foreign minister" }`,
    );
    expect((await problems(dir))[0]).toMatch(
      /quote differs from paragraph 2 only in quotation marks, apostrophes, case or spacing/,
    );
  });

  it('refuses a name that stands for two actors', async () => {
    const dir = copyDataset();
    edit(dir, 'actors.yaml', 'aliases: [Elbonian]', 'aliases: [Elbonian, Kingdom of Ruritania]');
    const line = lineOf(dir, 'actors.yaml', 'Elbonian, Kingdom of Ruritania');
    expect(await problems(dir)).toEqual([
      `actors.yaml:${line}:23: "Kingdom of Ruritania" already names ruritania: a name may stand for one actor only`,
    ]);
  });

  it('suggests ids of the right kind only', async () => {
    const dir = copyDataset();
    edit(dir, 'events.yaml', 'issues: [dam-dispute]', 'issues: [dam-projec]');
    expect((await problems(dir))[0]).toMatch(/unknown id "dam-projec"$/);
  });
});

describe('sources: derived_from, sha256, added', () => {
  // A second and third source on the same text, appended to the fixture's one.
  const more = (fields: Record<string, string>) =>
    ['b', 'c']
      .map(
        (id) =>
          `- id: wire-${id}\n  kind: article\n  label: Wire ${id}\n  title: null\n  author: null\n  publisher: null\n` +
          `  published: 2023\n  published_basis: stated\n  text: texts/note.txt\n` +
          (fields[id] ?? ''),
      )
      .join('');

  it('accepts an origin that is a source, a SHA-256 and the day added', async () => {
    const dir = copyDataset();
    const sha = 'a'.repeat(64);
    appendFileSync(
      join(dir, 'sources.yaml'),
      more({
        b: `  derived_from: test-note\n  sha256: ${sha}\n  added: "2024-11-05"\n`,
        c: '  derived_from: wire-b\n',
      }),
    );
    expect(await problems(dir)).toEqual([]);
    expect((await load(dir)).sources.map((s) => s.derived_from)).toEqual([undefined, 'test-note', 'wire-b']);
  });

  it('refuses an origin that is no source, or that loops back', async () => {
    const dir = copyDataset();
    appendFileSync(
      join(dir, 'sources.yaml'),
      more({ b: '  derived_from: wire-c\n', c: '  derived_from: wire-b\n' }),
    );
    edit(
      dir,
      'sources.yaml',
      '  text: texts/note.txt\n  notes:',
      '  text: texts/note.txt\n  derived_from: elbonia\n  notes:',
    );
    const [b, c] = ['wire-b', 'wire-c'].map((id) => lineOf(dir, 'sources.yaml', `id: ${id}`) + 9) as [
      number,
      number,
    ];
    expect(await problems(dir)).toEqual([
      `sources.yaml:10:17: "elbonia" is not a source`,
      `sources.yaml:${b}:17: derived_from goes round in a loop: wire-b → wire-c → wire-b; one of them must be the origin`,
      `sources.yaml:${c}:17: derived_from goes round in a loop: wire-c → wire-b → wire-c; one of them must be the origin`,
    ]);
  });

  it('refuses a source derived from itself, a SHA-256 that is not one, a day that is not one', async () => {
    const dir = copyDataset();
    appendFileSync(
      join(dir, 'sources.yaml'),
      more({ b: '  sha256: ABC\n  added: 2024-02-30\n', c: '  derived_from: wire-c\n' }),
    );
    const [b, c] = ['wire-b', 'wire-c'].map((id) => lineOf(dir, 'sources.yaml', `id: ${id}`)) as [
      number,
      number,
    ];
    expect(await problems(dir)).toEqual([
      `sources.yaml:${b + 9}:11: sha256: must be a SHA-256 digest: 64 hexadecimal digits, lower case`,
      `sources.yaml:${b + 10}:10: added: must be a day of the calendar, written YYYY-MM-DD`,
      `sources.yaml:${c + 9}:17: a source cannot derive from itself`,
    ]);
  });
});

describe('checkDatasetWith: a change checked before it is written', () => {
  const NEW_SOURCE =
    '- id: new-note\n  kind: article\n  label: New note\n  title: null\n  author: null\n  publisher: null\n' +
    '  published: 2024\n  published_basis: stated\n  text: texts/new.txt\n';
  const claim = (quote: string) =>
    `- id: new-claim\n  about: [dam-project]\n  statement: A new claim.\n  kind: fact\n` +
    `  sources:\n    - { source: new-note, paragraph: 1, quote: "${quote}" }\n`;

  async function checkWith(dir: string, quote: string): Promise<string[]> {
    const overlay = new Map([
      [join(dir, 'sources.yaml'), Buffer.from(readFileSync(join(dir, 'sources.yaml'), 'utf8') + NEW_SOURCE)],
      [join(dir, 'claims.yaml'), Buffer.from(readFileSync(join(dir, 'claims.yaml'), 'utf8') + claim(quote))],
      [join(dir, 'texts/new.txt'), Buffer.from('The turbines are unpaid.\n')],
    ]);
    try {
      const built = await checkDatasetWith(dir, { cwd: dir, env: {}, cache: false }, overlay);
      expect(built.collections.sources.map((s) => s.id)).toEqual(['test-note', 'new-note']);
      return [];
    } catch (error) {
      if (error instanceof DatasetError) return error.problems.map(formatProblem);
      throw error;
    }
  }

  it('reads the changed files and the new text from memory, and writes nothing', async () => {
    const dir = copyDataset();
    const files = readdirSync(join(dir, 'texts'));
    expect(await checkWith(dir, 'turbines are unpaid')).toEqual([]);
    expect(readdirSync(join(dir, 'texts'))).toEqual(files);
    expect(readFileSync(join(dir, 'sources.yaml'), 'utf8')).not.toContain('new-note');
  });

  it('finds the problems of the dataset as it would be', async () => {
    const dir = copyDataset();
    const line = readFileSync(join(dir, 'claims.yaml'), 'utf8').split('\n').length + 5;
    expect(await checkWith(dir, 'turbines are paid')).toEqual([
      `claims.yaml:${line}:48: quote is not verbatim in paragraph 1 of "new-note"`,
    ]);
  });
});
