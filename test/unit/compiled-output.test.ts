import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/dataset.js';
import { loadDataset } from '../../src/load/index.js';
import { PLAIN } from '../../src/output/io.js';
import { RecordJson, jsonText, render } from '../../src/output/render.js';
import type { Format } from '../../src/spec/formats.js';
import { selectEvents } from '../../src/query/lists.js';
import type { Filters } from '../../src/query/filters.js';
import { StaleJudge } from '../../src/query/stale/judge.js';
import { supportIn } from '../../src/query/support.js';
import { eventsView, type CompiledEvents } from '../../src/views/timeline/events.js';
import { BUILTIN, Buffer as Collector, MINI, ROOT, TEST_CACHE } from '../helpers.js';

// timeline copies what the compiled dataset holds of each event (its JSON, its TSV fields)
// instead of reading the record and writing it again: the output must be the same, byte for
// byte, for every record of a generated dataset, the built-in data and the test fixture.

const NONE: Filters = { countries: [], actors: [], issues: [], tags: [], types: [], kinds: [], statuses: [] };
let generated: string;
const datasets: [string, () => string][] = [
  ['a generated dataset', () => generated],
  ['the built-in data', () => BUILTIN],
  ['the test fixture', () => MINI],
];

beforeAll(() => {
  generated = join(mkdtempSync(join(tmpdir(), 'car-brief-gen-')), 'data');
  const args = ['--out', generated, '--events', '600', '--claims', '300', '--actors', '40', '--seed', '7'];
  const made = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-dataset.js'), ...args], {
    encoding: 'utf8',
  });
  expect(made.status, made.stderr).toBe(0);
}, 120_000);

afterAll(() => rmSync(join(generated, '..'), { recursive: true, force: true }));

async function open(dir: string): Promise<Dataset> {
  return loadDataset(dir, { cwd: ROOT, env: { CAR_BRIEF_CACHE_DIR: TEST_CACHE } });
}

async function rendered(view: ReturnType<typeof eventsView>, format: Format): Promise<string> {
  const stdout = new Collector();
  await render(view, format, {
    stdout,
    stderr: stdout,
    isTTY: false,
    style: PLAIN,
    errStyle: PLAIN,
    columns: 80,
  });
  return stdout.text;
}

describe.each(datasets)('compiled output of %s', (_name, dir) => {
  it('timeline --json, ndjson, TSV and CSV from the compiled form equal those made from the records', async () => {
    const dataset = await open(dir());
    const events = selectEvents(dataset, NONE);
    expect(events).toHaveLength(dataset.counts.events);
    const judge = new StaleJudge(dataset, {
      day: '2026-12-07',
      end: Date.UTC(2026, 11, 8) - 1,
      origin: 'flag',
    });
    for (const event of events) Object.assign(event, { stale: judge.event(event.record) });
    const compiled: CompiledEvents = { json: (s) => dataset.json(s), rows: (s) => dataset.eventRows(s) };
    const name = (id: string) => id;
    const copied = eventsView(events, name, [], undefined, {}, supportIn(dataset), compiled);
    const made = eventsView(events, name, [], undefined, {}, supportIn(dataset));
    for (const format of ['json', 'ndjson', 'tsv', 'csv'] as const) {
      expect(await rendered(copied, format), format).toBe(await rendered(made, format));
    }
  }, 120_000);

  it('every record copied as JSON, at any depth, is the record as jsonText writes it', async () => {
    const dataset = await open(dir());
    const slots = Array.from({ length: dataset.size }, (_, slot) => slot);
    const texts = dataset.json(slots);
    const records = dataset.entries(slots).map((entry) => entry.record);
    const copied = texts.map((text) => new RecordJson(text, { n: 1 }));
    const made = records.map((record) => ({ ...record, n: 1 }));
    expect(jsonText(copied)).toBe(jsonText(made));
    expect(jsonText({ hits: copied.map((record) => ({ record })) })).toBe(
      jsonText({ hits: made.map((record) => ({ record })) }),
    );
    expect(jsonText(copied[0])).toBe(jsonText(made[0]));
    expect(jsonText(copied, 0)).toBe(jsonText(made, 0));
  }, 120_000);
});
