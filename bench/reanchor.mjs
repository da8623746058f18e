// sources update: how many citations a second are re-anchored (a report, not a test; the target
// is at least 1,000 a second, for the whole command). A dataset is generated
// (scripts/gen-dataset.js: the built-in data plus 5,000 synthetic claims, each citing a verbatim
// run of the built-in article), and three revisions of the article are re-anchored against its
// citations:
//   inserted  a paragraph inserted at the top: every citation below it moved (verbatim only);
//   edited    a word changed in every paragraph: the quotes that held it changed (approximate matching);
//   mixed     a paragraph inserted, two swapped, a sentence deleted, a word edited in a third of them.
// Each is timed in-process (the re-anchoring itself, a fresh start each run: nothing cached) and
// as the whole command, with the dataset already in the cache: the plan (car-brief sources update
// ... --json) and --apply --accept-changed --drop-orphaned (on a fresh copy of the dataset each
// run, its plan run once untimed to fill the cache), each wall time and CPU time (user + system,
// read from the process itself as it exits). With --base DIR (another checkout of car-brief,
// built), its binary is timed the same way, each run beside one of this one, alternately, and the
// median of the paired ratios is given. The machine may be shared: the load average is printed
// before and after, and CPU time is the steadier figure.
// Run after a build: npm run build && node bench/reanchor.mjs [--runs N] [--base DIR]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Reanchorer } from '../dist/tool-lib.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'car-brief.js');
const SOURCE = 'pak-car-analysis-2024';
const argument = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const RUNS = Number(argument('--runs') ?? 7);
const BASE = argument('--base') && join(resolve(argument('--base')), 'bin', 'car-brief.js');
const APPLY = ['--apply', '--accept-changed', '--drop-orphaned'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const loadAverage = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

const work = mkdtempSync(join(tmpdir(), 'car-brief-bench-reanchor-'));
// Loaded before car-brief (node --require): its CPU time, user and system (µs), written as it exits.
const CPU_REPORT = join(work, 'cpu-report.cjs');
writeFileSync(
  CPU_REPORT,
  "process.on('exit', () => { const u = process.cpuUsage(); require('node:fs').writeFileSync(process.env.CAR_BRIEF_BENCH_CPU, `${u.user} ${u.system}`); });\n",
);
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

  const cpu = cpus();
  console.log(
    `${citations.length} citations of ${SOURCE} (${before.length} paragraphs), median of ${RUNS} runs; ` +
      `node ${process.version}, ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, load average ${loadAverage()}\n`,
  );
  console.log('revision   statuses                                          in-process');
  const files = {};
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
    files[name] = join(work, `${name}.txt`);
    writeFileSync(files[name], after.map((p) => `${p}\n`).join(''));
    const ms = median(times);
    const statuses = ['exact', 'moved', 'changed', 'orphaned']
      .map((s) => `${counts[s] ?? 0} ${s}`)
      .join(', ');
    console.log(
      `${name.padEnd(10)} ${statuses.padEnd(49)} ${`${ms.toFixed(0)} ms`.padStart(7)} ${`${perSecond(ms)}/s`.padStart(11)}`,
    );
  }

  // The whole command: this build and, with --base, the other, alternately.
  const builds = [{ name: 'this', bin: BIN }, ...(BASE ? [{ name: 'base', bin: BASE }] : [])];
  for (const build of builds) build.cache = join(work, `cache-${build.name}`);
  console.log(
    `\nwhole command, wall and CPU (user + system), citations a second by each${BASE ? `; base: ${BASE}` : ''}`,
  );
  console.log(
    `revision   mode    exit   wall this          CPU this     ${BASE ? ' wall base   CPU base   wall ratio  CPU ratio' : ''}`,
  );
  for (const name of Object.keys(revisions)) {
    for (const mode of ['plan', 'apply']) {
      const runs = builds.map(() => []);
      let exit;
      // One untimed round first (the dataset compiled into each build's cache), then RUNS rounds,
      // the builds' order alternating.
      for (let round = 0; round <= RUNS; round++) {
        const order = round % 2 ? [...builds.keys()].reverse() : [...builds.keys()];
        for (const b of order) {
          const result = whole(builds[b], name, mode);
          exit = result.exit;
          if (round > 0) runs[b].push(result);
        }
      }
      const [mine, base] = runs;
      const wall = median(mine.map((r) => r.wall));
      const cpu = median(mine.map((r) => r.cpu));
      const cells = [
        name.padEnd(10),
        mode.padEnd(7),
        String(exit).padEnd(4),
        `${(wall / 1000).toFixed(2)} s ${`${perSecond(wall)}/s`.padStart(9)}`,
        `${(cpu / 1000).toFixed(2)} s ${`${perSecond(cpu)}/s`.padStart(9)}`,
      ];
      if (base) {
        const ratio = (key) => median(mine.map((r, i) => r[key] / base[i][key])).toFixed(2);
        cells.push(
          `${(median(base.map((r) => r.wall)) / 1000).toFixed(2)} s`.padStart(9),
          `${(median(base.map((r) => r.cpu)) / 1000).toFixed(2)} s`.padStart(9),
          ratio('wall').padStart(10),
          ratio('cpu').padStart(10),
        );
      }
      console.log(cells.join('  '));
    }
  }
  console.log(`\nload average at the end: ${loadAverage()}`);

  // One run of the whole command: the plan on the generated dataset, or --apply on a fresh copy
  // of it (its plan run first, untimed, so that the dataset is in the cache as for the plan).
  function whole(build, name, mode) {
    let dir = data;
    if (mode === 'apply') {
      dir = join(work, `apply-${build.name}`);
      rmSync(dir, { recursive: true, force: true });
      cpSync(data, dir, { recursive: true });
      run(build, name, dir, []);
    }
    return run(build, name, dir, mode === 'apply' ? APPLY : []);
  }

  function run(build, name, dir, flags) {
    const cpuFile = join(work, 'cpu');
    rmSync(cpuFile, { force: true });
    const start = process.hrtime.bigint();
    const result = spawnSync(
      process.execPath,
      [
        '--require',
        CPU_REPORT,
        build.bin,
        'sources',
        'update',
        SOURCE,
        files[name],
        '--data',
        dir,
        '--json',
        ...flags,
      ],
      {
        env: { ...process.env, CAR_BRIEF_CACHE_DIR: build.cache, CAR_BRIEF_BENCH_CPU: cpuFile },
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      },
    );
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0 && result.status !== 6)
      throw new Error(`sources update (${build.name}) failed: ${result.stderr}`);
    const [user, system] = readFileSync(cpuFile, 'utf8').split(' ').map(Number);
    return { wall, cpu: (user + system) / 1000, exit: result.status };
  }

  function perSecond(ms) {
    return Math.round((citations.length / ms) * 1000).toLocaleString('en');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
