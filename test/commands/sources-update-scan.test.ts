import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDatasetWith } from '../../src/load/index.js';
import { paragraphsOf } from '../../src/model/paragraphs.js';
import { BUILTIN, MINI, check, copyDataset, runCli } from '../helpers.js';

// sources update finds citations by scanning the files the dataset was compiled from, and parses
// only a file the scan cannot read (src/edit/reanchor/locate.ts); --apply changes the files the
// scan read in place and gives the dataset's check the records they then hold, which it checks
// against the schema instead of parsing the files (load/build.ts). Either way, the same plan and
// the same files written.

const SOURCE = 'pak-car-analysis-2024';
const ARTICLE = paragraphsOf(readFileSync(join(BUILTIN, `texts/${SOURCE}.txt`), 'utf8'));
const INSERTED = ['A paragraph the revised article adds at its top.', ...ARTICLE];

/** A copy of the built-in data (data/) and its article with a paragraph inserted (new.txt). */
function workspace(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'car-brief-update-scan-'));
  cpSync(BUILTIN, join(cwd, 'data'), { recursive: true });
  writeFileSync(join(cwd, 'new.txt'), INSERTED.map((p) => `${p}\n`).join(''));
  return cwd;
}

const update = (cwd: string, ...flags: string[]) =>
  runCli(['sources', 'update', SOURCE, 'new.txt', '--data', 'data', '--json', ...flags], { cwd });

describe('sources update: files scanned, and a file the scan cannot read parsed', () => {
  it('gives the same plan and writes the same files either way', async () => {
    const scanned = workspace();
    const mixed = workspace();
    // A document marker: the scan does not read actors.yaml, which is parsed as YAML instead.
    const actors = join(mixed, 'data/actors.yaml');
    writeFileSync(actors, `---\n${readFileSync(actors, 'utf8')}`);

    const planned = await update(scanned);
    const parsed = await update(mixed);
    expect([planned.code, parsed.code]).toEqual([0, 0]);
    const entries = JSON.parse(planned.stdout) as { file: string; line: number; collection: string }[];
    const shifted = (JSON.parse(parsed.stdout) as typeof entries).map((entry) =>
      entry.collection === 'actors' ? { ...entry, line: entry.line - 1 } : entry,
    );
    expect(entries.length).toBeGreaterThan(250);
    expect(entries.some((entry) => entry.collection === 'actors')).toBe(true);
    expect(shifted).toEqual(entries);

    expect((await update(scanned, '--apply')).code).toBe(0);
    expect((await update(mixed, '--apply')).code).toBe(0);
    for (const name of ['actors.yaml', 'events.yaml', 'issues.yaml', 'claims.yaml', 'sources.yaml']) {
      const text = readFileSync(join(mixed, 'data', name), 'utf8');
      expect(name === 'actors.yaml' ? text.replace(/^---\n/, '') : text, name).toBe(
        readFileSync(join(scanned, 'data', name), 'utf8'),
      );
    }
    // Every citation moved one paragraph down, and the datasets pass every check.
    await expect(check(join(scanned, 'data'))).resolves.toBeTruthy();
    await expect(check(join(mixed, 'data'))).resolves.toBeTruthy();
    const after = JSON.parse((await update(scanned)).stdout) as { status: string }[];
    expect(after.every((entry) => entry.status === 'exact')).toBe(true);
  }, 120_000);
});

describe('checking a dataset with the records a file changed in place holds', () => {
  const load = { cwd: '/', env: {}, cache: false } as const;

  it('takes them instead of parsing the file when they pass the schema unchanged', async () => {
    const dir = copyDataset(MINI);
    const claims = (await check(dir)).collections.claims;
    const path = join(dir, 'claims.yaml');
    const overlay = new Map([[path, Buffer.from(`${readFileSync(path, 'utf8')}# changed\n`)]]);
    const built = await checkDatasetWith(dir, load, overlay, new Map([[path, claims]]));
    expect(built.parsed).not.toContain('claims.yaml');
    expect(built.collections.claims).toEqual(claims);
  });

  it('parses the file when one of them fails the schema', async () => {
    const dir = copyDataset(MINI);
    const claims = (await check(dir)).collections.claims;
    const broken = claims.map((claim, i) =>
      i === 0 ? { ...claim, sources: [{ ...claim.sources[0]!, paragraph: 0 }] } : claim,
    );
    const path = join(dir, 'claims.yaml');
    const overlay = new Map([[path, readFileSync(path)]]);
    const built = await checkDatasetWith(dir, load, overlay, new Map([[path, broken]]));
    expect(built.parsed).toContain('claims.yaml');
    expect(built.collections.claims).toEqual(claims);
  });
});
