import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cslDate } from '../../src/views/cite/csl-json.js';
import { BUILTIN, MINI, load, runCli } from '../helpers.js';

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;

// Item fields and types this export may use, as the CSL-JSON schema (csl-data.json) names them;
// the schema allows no other property.
const CSL_FIELDS = new Set([
  'id',
  'type',
  'title',
  'author',
  'publisher',
  'issued',
  'URL',
  'note',
  'locator',
]);
const CSL_TYPES = new Set(['article', 'report', 'book', 'speech', 'dataset', 'webpage', 'document']);

describe('cslDate', () => {
  it('maps EDTF to CSL date-parts', () => {
    expect(cslDate('2019')).toEqual({ 'date-parts': [[2019]] });
    expect(cslDate('2024-09/2024-12')).toEqual({
      'date-parts': [
        [2024, 9],
        [2024, 12],
      ],
    });
    expect(cslDate('2024-07-10/2024-07-11')).toEqual({
      'date-parts': [
        [2024, 7, 10],
        [2024, 7, 11],
      ],
    });
    expect(cslDate('2024-10/..')).toEqual({ 'date-parts': [[2024, 10]] });
    expect(cslDate('2024~')).toEqual({ 'date-parts': [[2024]], circa: true });
    expect(cslDate('199X')).toEqual({ literal: '1990s' });
    expect(cslDate('2024-21')).toEqual({ literal: 'spring 2024' });
  });
});

describe('sources', () => {
  it('exports every source as a CSL-JSON item with the schema’s field names', async () => {
    const dataset = await load(BUILTIN);
    const { code, stdout } = await runCli(['sources', '--format', 'csl-json']);
    expect(code).toBe(0);
    const items = JSON.parse(stdout) as Record<string, unknown>[];
    expect(items.map((item) => item.id)).toEqual(dataset.sources.map((s) => s.id));
    for (const item of items) {
      expect(Object.keys(item).filter((key) => !CSL_FIELDS.has(key))).toEqual([]);
      expect(CSL_TYPES.has(item.type as string)).toBe(true);
      expect(typeof item.title).toBe('string');
    }
    expect(items[0]!.issued).toEqual({
      'date-parts': [
        [2024, 9],
        [2024, 12],
      ],
    });
  });

  it('gives each passage a record cites as an item with the paragraph as its locator', async () => {
    const dataset = await load(BUILTIN);
    const records = [...dataset.issues, ...dataset.events, ...dataset.claims];
    const claim = records.find((c) => new Set(c.sources.map((s) => s.paragraph)).size > 1)!;
    const { stdout } = await runCli(['sources', claim.id, '--format', 'csl-json']);
    const items = JSON.parse(stdout) as { id: string; locator: string }[];
    const paragraphs = [...new Set(claim.sources.map((s) => s.paragraph))];
    expect(items.map((item) => item.locator)).toEqual(paragraphs.map(String));
    expect(items.map((item) => item.id)).toEqual(paragraphs.map((p) => `${claim.sources[0]!.source}-p${p}`));
    const tsv = await runCli(['sources', claim.id]);
    expect(tsv.stdout.split('\n')[1]!.split('\t')[6]).toBe(String(paragraphs[0]));
  });

  it('lists sources in a table and refuses csl-json elsewhere', async () => {
    const table = await runCli(['sources', '--data', MINI], { tty: true });
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('test-note');
    const fact = await runCli(['countries', '--format', 'csl-json']);
    expect(fact.code).toBe(2);
    expect(fact.stderr).toMatch(/^car-brief: --format csl-json is not available here/);
    const missing = await runCli(['sources', 'no such record at all']);
    expect(missing.code).toBe(4);
  });

  it.skipIf(!hasPandoc)('is a bibliography pandoc --citeproc reads, with the paragraph cited', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'car-brief-csl-'));
    writeFileSync(join(dir, 'sources.json'), (await runCli(['sources', '--format', 'csl-json'])).stdout);
    const out = execFileSync(
      'pandoc',
      ['--citeproc', '--bibliography', join(dir, 'sources.json'), '-t', 'plain'],
      { input: 'TAPI [@pak-car-analysis-2024, para. 2].\n' },
    ).toString();
    expect(out).toMatch(/Untitled Analysis of Pakistan.s Central Asia Policy/i);
    expect(out).toContain('para. 2');
  });
});
