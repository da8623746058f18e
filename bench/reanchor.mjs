// sources update: how many citations a second are re-anchored (a report, not a test; the target
// is at least 1,000 a second). A dataset is generated (scripts/gen-dataset.js: the built-in data
// plus 5,000 synthetic claims, each citing a verbatim run of the built-in article), and three
// revisions of the article are re-anchored against its citations:
//   inserted  a paragraph inserted at the top: every citation below it moved (verbatim only);
//   edited    a word changed in every paragraph: the quotes that held it changed (approximate matching);
//   mixed     a paragraph inserted, two swapped, a sentence deleted, a word edited in a third of them.
// Each is timed in-process (the re-anchoring itself, a fresh start each run: nothing cached) and
// end to end (car-brief sources update ... --json, with the dataset already in the cache).
// Run after a build: npm run build && node bench/reanchor.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Reanchorer } from '../dist/tool-lib.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'car-brief.js');
const SOURCE = 'pak-car-analysis-2024';
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 7;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const work = mkdtempSync(join(tmpdir(), 'car-brief-bench-reanchor-'));
try {
  const data = join(work, 'data');
  const generated = spawnSync(
    process.execPath,
    [
      join(ROOT, 'scripts/gen-dataset.js'),
      '--out',
      data,
      '--events',
      '0',
      '--claims',
      '5000',
      '--actors',
      '0',
      '--seed',
      '1',
    ],
    { encoding: 'utf8' },
  );
  if (generated.status !== 0) throw new Error(`gen-dataset failed: ${generated.stderr}`);

  // Every citation of the source, from every collection file.
  const citations = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'texts') walk(path);
      else if (/\.ya?ml$/.test(entry.name) && !/^(sources|dataset)\./.test(entry.name))
        for (const record of parse(readFileSync(path, 'utf8')) ?? []) {
          const cited = [
            ...(record.sources ?? []),
            ...(record.disagreements ?? []).flatMap((d) => d.passages),
          ];
          for (const c of cited) if (c.source === SOURCE) citations.push(c);
        }
    }
  };
  walk(data);

  const before = readFileSync(join(data, `texts/${SOURCE}.txt`), 'utf8')
    .replace(/\n$/, '')
    .split('\n');
  // A word changed in a paragraph: the first " and " after its 80th character becomes " as well as ".
  const edit = (p) => {
    const at = p.indexOf(' and ', 80);
    return at < 0 ? p : `${p.slice(0, at)} as well as ${p.slice(at + 5)}`;
  };
  const revisions = {
    inserted: ['A paragraph the revised article adds at its top.', ...before],
    edited: before.map(edit),
    mixed: (() => {
      const after = before.map((p, i) => (i % 3 === 0 ? edit(p) : p));
      [after[9], after[10]] = [after[10], after[9]];
      after[15] = after[15].replace(/[^.]*\. /, '');
      return ['A paragraph the revised article adds at its top.', ...after];
    })(),
  };

  console.log(
    `${citations.length} citations of ${SOURCE} (${before.length} paragraphs), median of ${RUNS} runs\n`,
  );
  console.log(
    'revision   statuses                                          in-process            end to end',
  );
  for (const [name, after] of Object.entries(revisions)) {
    const counts = {};
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      const start = process.hrtime.bigint();
      const reanchorer = new Reanchorer(before, after);
      const statuses = citations.map((c) => reanchorer.anchor(c.paragraph, c.quote).status);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (run === 0) for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
    }
    const file = join(work, `${name}.txt`);
    writeFileSync(file, after.map((p) => `${p}\n`).join(''));
    const env = { ...process.env, CAR_BRIEF_CACHE_DIR: join(work, 'cache') };
    const cli = () => {
      const start = process.hrtime.bigint();
      const result = spawnSync(
        process.execPath,
        [BIN, 'sources', 'update', SOURCE, file, '--data', data, '--json'],
        {
          env,
          encoding: 'utf8',
          maxBuffer: 1 << 30,
        },
      );
      if (result.status !== 0 && result.status !== 6)
        throw new Error(`sources update failed: ${result.stderr}`);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    cli(); // the dataset compiled into the cache
    const cliTimes = Array.from({ length: RUNS }, cli);
    const ms = median(times);
    const cliMs = median(cliTimes);
    const perSecond = (t) => Math.round((citations.length / t) * 1000).toLocaleString('en');
    const statuses = ['exact', 'moved', 'changed', 'orphaned']
      .map((s) => `${counts[s] ?? 0} ${s}`)
      .join(', ');
    console.log(
      `${name.padEnd(10)} ${statuses.padEnd(49)} ${`${ms.toFixed(0)} ms`.padStart(7)} ${`${perSecond(ms)}/s`.padStart(11)}  ${`${cliMs.toFixed(0)} ms`.padStart(7)} ${`${perSecond(cliMs)}/s`.padStart(9)}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
