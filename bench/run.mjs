// car-brief benchmark (a report, not a test): start-up, cached and changed-data runs on
// generated datasets, each as the median of paired ratios against a baseline measured in the
// same run. Uses hyperfine when it is on PATH, else a loop of child processes.
//   npm run bench                     (= npm run build && node bench/run.mjs)
//   node bench/run.mjs [--quick] [--runs N] [--only 1,2,...]
// Exits 0 whether or not targets are met; nonzero only when something failed to run.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NODE = process.execPath;
const BIN = join(ROOT, 'bin', 'car-brief.js');
const GEN = join(ROOT, 'scripts', 'gen-dataset.js');
const FLOOR = join(ROOT, 'bench', 'yaml-floor.mjs');
const SELF = fileURLToPath(import.meta.url);
const GNU_TIME = '/usr/bin/time';
const JQ_FILTER =
  '.[] | select(any(.countries[]; . == "uzbekistan" or . == "central-asian-republics")) | [.date, .id, .title] | @tsv';
const SEED = '1';

/** A failure that makes the numbers meaningless: a command exited nonzero or could not start. */
class RunError extends Error {}
/** Ctrl-C: the whole run stops (the temporary directory is still removed). */
class Interrupted extends Error {}

// Throws Interrupted when a child process was stopped by Ctrl-C (it reaches the whole process group).
function checkInterrupt(result) {
  if (result.signal === 'SIGINT' || result.status === 130) throw new Interrupted('interrupted');
}

// --- Small helpers ---

// The options of the command line.
function parseArgs(argv) {
  const options = { quick: false, runs: 30, only: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--runs') options.runs = Number(argv[++i]);
    else if (arg === '--only') options.only = new Set(String(argv[++i]).split(',').map(Number));
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node bench/run.mjs [--quick] [--runs N] [--only 1,2,3,4]');
      process.exit(0);
    } else {
      console.error(`bench: unknown option ${arg}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) {
    console.error('bench: --runs needs a whole number of at least 1');
    process.exit(2);
  }
  return options;
}

// The middle value of a list of numbers.
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// A duration for the table: milliseconds, or seconds above ten of them.
function ms(value) {
  if (value === undefined) return '';
  return value >= 10000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 100 ? 1 : 0)} ms`;
}

// A word quoted for a POSIX shell or hyperfine's shell-words splitting.
function shellQuote(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

// The full path of a program on PATH, or undefined.
function onPath(program) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const path = join(dir, program);
    if (dir && existsSync(path)) return path;
  }
  return undefined;
}

// The newest modification time of the files in dist/ (ms), to notice a rebuild during the run.
function distStamp() {
  const dist = join(ROOT, 'dist');
  return Math.max(0, ...readdirSync(dist).map((file) => statSync(join(dist, file)).mtimeMs));
}

// Prints a progress line to stderr.
function progress(message) {
  process.stderr.write(`bench: ${message}\n`);
}

// Toggles a counter comment at the end of a file, so its content differs on every call (hyperfine --prepare).
function touch(file) {
  const text = readFileSync(file, 'utf8');
  const match = /\n# bench touch (\d+)\n$/.exec(text);
  const base = match ? text.slice(0, match.index + 1) : text;
  writeFileSync(file, `${base}# bench touch ${match ? Number(match[1]) + 1 : 1}\n`);
}

// --- Running commands ---

/**
 * Runs one command; returns wall time (ms), stdout size and lines, and peak RSS (MB) when
 * measured. Throws RunError when it exits nonzero.
 */
function runOnce(cmd, { rss = false, keepStdout = false } = {}) {
  const rssFile = join(cmd.tmp, 'rss.txt');
  const argv = rss ? [GNU_TIME, '-f', '%M', '-o', rssFile, ...cmd.argv] : cmd.argv;
  const start = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), {
    cwd: cmd.cwd,
    env: cmd.env,
    stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  checkInterrupt(result);
  if (result.error) throw new RunError(`${cmd.label}: cannot run: ${result.error.message}`);
  if (result.signal) throw new RunError(`${cmd.label}: killed by ${result.signal}`);
  if (result.status !== 0) {
    const why = String(result.stderr).trim().split('\n').slice(0, 3).join(' / ');
    throw new RunError(`${cmd.label}: exit ${result.status}${why ? `: ${why}` : ''}`);
  }
  const out = { wall };
  if (keepStdout) {
    out.bytes = result.stdout.length;
    out.lines = result.stdout.toString().split('\n').filter(Boolean).length;
  }
  if (rss) out.rssMb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024;
  return out;
}

/**
 * Times a command against a baseline, alternating them (warm-up pairs first, then `runs`
 * pairs); returns both lists of times (ms) and the median of the paired ratios.
 */
function timePaired(cmd, base, runs, prepare) {
  const warmup = 1;
  const times = tools.hyperfine
    ? hyperfineTimes([cmd, base], warmup + runs, prepare)
    : loopTimes([cmd, base], warmup + runs, prepare);
  const [cmdTimes, baseTimes] = times.map((list) => list.slice(warmup));
  return {
    cmd: median(cmdTimes),
    base: median(baseTimes),
    ratio: median(cmdTimes.map((t, i) => t / baseTimes[i])),
  };
}

/** Times one command alone (one warm-up, then `runs` runs); returns the median (ms). */
function timeAlone(cmd, runs) {
  const times = tools.hyperfine ? hyperfineTimes([cmd], 1 + runs) : loopTimes([cmd], 1 + runs);
  return median(times[0].slice(1));
}

// Runs the commands in turn `rounds` times with hyperfine (one run per listed command); times by command.
function hyperfineTimes(cmds, rounds, prepare) {
  const json = join(cmds[0].tmp, 'hyperfine.json');
  const listed = [];
  for (let r = 0; r < rounds; r++) listed.push(...cmds.map((cmd) => cmd.argv.map(shellQuote).join(' ')));
  const args = ['-N', '--style', 'none', '--runs', '1', '--export-json', json];
  if (prepare) args.push('--prepare', prepare.map(shellQuote).join(' '));
  const result = spawnSync(tools.hyperfine, [...args, ...listed], {
    cwd: cmds[0].cwd,
    env: cmds[0].env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  checkInterrupt(result);
  if (result.error || result.status !== 0) {
    const why = result.error?.message ?? String(result.stderr).trim().split('\n').slice(-3).join(' / ');
    throw new RunError(`hyperfine (${cmds.map((c) => c.label).join(' vs ')}): ${result.signal ?? why}`);
  }
  const results = JSON.parse(readFileSync(json, 'utf8')).results;
  return cmds.map((_, c) => results.filter((_, i) => i % cmds.length === c).map((r) => r.times[0] * 1000));
}

// Runs the commands in turn `rounds` times as child processes, each after `prepare`; times by command.
function loopTimes(cmds, rounds, prepare) {
  const times = cmds.map(() => []);
  for (let r = 0; r < rounds; r++) {
    cmds.forEach((cmd, c) => {
      if (prepare) touch(prepare.at(-1));
      times[c].push(runOnce(cmd).wall);
    });
  }
  return times;
}

// --- Datasets ---

// Generates a dataset with scripts/gen-dataset.js (its summary line goes to stderr).
function generate(dir, args) {
  const result = spawnSync(NODE, [GEN, '--out', dir, '--seed', SEED, ...args], { stdio: 'inherit' });
  checkInterrupt(result);
  if (result.status !== 0) throw new RunError(`gen-dataset ${args.join(' ')}: exit ${result.status}`);
}

// --- Scenarios ---

// A car-brief command for the table and for running (car-brief's environment, cwd outside the repo).
function carBrief(ctx, args, cacheName, shown) {
  const env = { ...ctx.env, CAR_BRIEF_CACHE_DIR: join(ctx.tmp, 'cache', cacheName) };
  mkdirSync(env.CAR_BRIEF_CACHE_DIR, { recursive: true });
  return { label: `car-brief ${shown}`, argv: [NODE, BIN, ...args], env, cwd: ctx.cwd, tmp: ctx.tmp };
}

// Another command (a baseline) run the same way.
function other(ctx, label, argv) {
  return { label, argv, env: ctx.env, cwd: ctx.cwd, tmp: ctx.tmp };
}

// Adds a paired-ratio row: command vs baseline, target a ratio; checked when both have run once already.
function pairedRow(ctx, scenario, cmd, base, target, { prepare, checked = false } = {}) {
  progress(`${scenario}: ${cmd.label} vs ${base.label}`);
  if (!checked) {
    // One run each, outside the timing: a failure is reported with its message, and the cache is filled.
    if (prepare) touch(prepare.at(-1));
    runOnce(cmd);
    if (prepare) touch(prepare.at(-1));
    runOnce(base);
  }
  const t = timePaired(cmd, base, ctx.runs, prepare);
  ctx.rows.push({
    scenario,
    command: cmd.label,
    median: ms(t.cmd),
    baseline: base.label,
    baselineMedian: ms(t.base),
    ratio: `${t.ratio.toFixed(2)}×`,
    target: `≤ ${target}×`,
    ok: t.ratio <= target ? 'yes' : 'no',
  });
}

// Adds a peak-RSS row (the largest of three runs, as GNU time's %M reports it).
function rssRow(ctx, scenario, cmd, targetMb) {
  if (!ctx.tools.time) {
    ctx.rows.push({
      scenario,
      command: `${cmd.label} (peak RSS)`,
      median: 'n/a',
      target: `≤ ${targetMb} MB`,
    });
    return;
  }
  const peak = Math.max(...[1, 2, 3].map(() => runOnce(cmd, { rss: true }).rssMb));
  ctx.rows.push({
    scenario,
    command: `${cmd.label} (peak RSS)`,
    median: `${peak.toFixed(0)} MB`,
    target: `≤ ${targetMb} MB`,
    ok: peak <= targetMb ? 'yes' : 'no',
  });
}

// 1. Start-up on the built-in data, against `node -e 0`, and peak memory.
function scenario1(ctx) {
  const base = other(ctx, 'node -e 0', [NODE, '-e', '0']);
  const commands = [
    [['country', 'uzbekistan'], 'country uzbekistan'],
    [['timeline', '--json'], 'timeline --json'],
    [['search', 'super mushak', '--json'], 'search "super mushak" --json'],
    [['fact', 'TAPI', 'length'], 'fact TAPI length'],
  ].map(([args, shown]) => carBrief(ctx, args, 'builtin', shown));
  for (const cmd of commands) pairedRow(ctx, '1', cmd, base, 1.3);
  for (const cmd of commands) rssRow(ctx, '1', cmd, 70);
}

// The 5,000-record dataset (2,500 events, 2,500 claims, 200 actors), generated once.
function dataset5k(ctx) {
  if (!ctx.d5k) {
    ctx.d5k = join(ctx.tmp, 'd5k');
    generate(ctx.d5k, ['--events', '2500', '--claims', '2500', '--actors', '200', '--per-file', '250']);
    ctx.notes.push(
      'D5k: the built-in data plus 2,500 generated events, 2,500 claims and 200 actors, 250 records a file (scripts/gen-dataset.js)',
    );
  }
  return ctx.d5k;
}

// 2. The 5,000-record dataset, unchanged since the last run, against `node -e 0`.
function scenario2(ctx) {
  const d = dataset5k(ctx);
  const base = other(ctx, 'node -e 0', [NODE, '-e', '0']);
  const rows = [
    [['country', 'uzbekistan', '--data', d], 'country uzbekistan --data D5k', 1.5],
    [['search', 'pipeline tariff', '--data', d], 'search "pipeline tariff" --data D5k', 1.5],
    [['timeline', '--json', '--data', d], 'timeline --json --data D5k', 2],
  ];
  for (const [args, shown, target] of rows)
    pairedRow(ctx, '2', carBrief(ctx, args, '5k', shown), base, target);
}

// 3. The same dataset with one file changed before every run, against the yaml parser alone.
function scenario3(ctx) {
  const d = dataset5k(ctx);
  const changed = join(d, 'events', 'gen-0001.yaml');
  const cmd = carBrief(ctx, ['country', 'uzbekistan', '--data', d], '5k', 'country uzbekistan --data D5k');
  const base = other(ctx, 'yaml-floor D5k', [NODE, FLOOR, d]);
  pairedRow(ctx, '3', cmd, base, 1.5, { prepare: [NODE, SELF, '--touch', changed] });
  ctx.notes.push(
    '3: before every run (command and baseline) a comment line with a counter is rewritten at the end of events/gen-0001.yaml',
  );
}

// 4. 100,000 events: the first (cold) run, then timeline vs jq and search's absolute time.
function scenario4(ctx) {
  const d = join(ctx.tmp, 'd100k');
  const json = join(ctx.tmp, 'events.json');
  generate(d, ['--events', '100000', '--claims', '0', '--actors', '100', '--json', json]);
  ctx.notes.push(
    'D100k: the built-in data plus 100,000 generated events and 100 actors, 500 records a file; events.json: its events as one JSON array',
  );
  const args = ['timeline', '--country', 'uzbekistan', '--format', 'tsv', '--data', d];
  const timeline = carBrief(ctx, args, '100k', 'timeline --country uzbekistan --format tsv --data D100k');
  progress(`4: first run, empty cache: ${timeline.label}`);
  const cold = runOnce(timeline, { rss: Boolean(ctx.tools.time), keepStdout: true });
  ctx.rows.push({
    scenario: '4',
    command: `${timeline.label} (first run, empty cache: wall)`,
    median: ms(cold.wall),
  });
  ctx.rows.push({
    scenario: '4',
    command: `${timeline.label} (first run, empty cache: peak RSS)`,
    median: cold.rssMb === undefined ? 'n/a' : `${cold.rssMb.toFixed(0)} MB`,
  });
  if (ctx.tools.jq) {
    const jq = other(ctx, "jq -r '<filter>' events.json", [ctx.tools.jq, '-r', JQ_FILTER, json]);
    const jqLines = runOnce(jq, { keepStdout: true }).lines;
    ctx.notes.push(`4: jq filter: ${JQ_FILTER}`);
    ctx.notes.push(
      `4: output lines: car-brief ${cold.lines} (with its header), jq ${jqLines}` +
        ' (car-brief --country also keeps events that name a group the country belongs to)',
    );
    pairedRow(ctx, '4', timeline, jq, 0.7, { checked: true });
    focusRow(ctx);
  } else {
    ctx.rows.push({ scenario: '4', command: timeline.label, median: 'skipped: jq is not on PATH' });
  }
  const search = carBrief(
    ctx,
    ['search', 'pipeline tariff', '--json', '--data', d],
    '100k',
    'search "pipeline tariff" --json --data D100k',
  );
  progress(`4: ${search.label}`);
  runOnce(search);
  const t = timeAlone(search, ctx.runs);
  ctx.rows.push({
    scenario: '4',
    command: search.label,
    median: ms(t),
    target: '≤ 1000 ms',
    ok: t <= 1000 ? 'yes' : 'no',
  });
}

// 4 again, on 100,000 events half of which name Uzbekistan: the cost should follow the rows printed.
function focusRow(ctx) {
  const d = join(ctx.tmp, 'd100k-focus');
  const json = join(ctx.tmp, 'events-focus.json');
  generate(d, [
    '--events',
    '100000',
    '--claims',
    '0',
    '--actors',
    '100',
    '--json',
    json,
    '--focus',
    'uzbekistan:0.5',
  ]);
  const args = ['timeline', '--country', 'uzbekistan', '--format', 'tsv', '--data', d];
  const timeline = carBrief(
    ctx,
    args,
    '100k-focus',
    'timeline --country uzbekistan --format tsv --data D100k-focus',
  );
  progress(`4: first run, empty cache: ${timeline.label}`);
  const lines = runOnce(timeline, { keepStdout: true }).lines;
  const jq = other(ctx, "jq -r '<filter>' events-focus.json", [ctx.tools.jq, '-r', JQ_FILTER, json]);
  const jqLines = runOnce(jq, { keepStdout: true }).lines;
  ctx.notes.push(
    `D100k-focus: as D100k, but half of the generated events name Uzbekistan (gen-dataset --focus uzbekistan:0.5); output lines: car-brief ${lines}, jq ${jqLines}`,
  );
  pairedRow(ctx, '4', timeline, jq, 0.7, { checked: true });
}

// --- Report ---

// Prints the machine and the date.
function printMachine(ctx) {
  const cpu = cpus();
  console.log(
    `car-brief benchmark, ${new Date().toISOString()} (dist/ built ${new Date(ctx.built).toISOString()})`,
  );
  console.log(
    `node ${process.version}, ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const method = ctx.tools.hyperfine
    ? `hyperfine (${ctx.tools.hyperfineVersion}, -N, one run per listed command, command and baseline listed alternately)`
    : 'a loop of child processes (hyperfine is not on PATH), command and baseline alternately';
  console.log(
    `timing: ${method}; median of ${ctx.runs} pairs after a warm-up pair; ratio = median of paired ratios`,
  );
  console.log(
    `memory: ${ctx.tools.time ? `${GNU_TIME} -f %M (the process's own peak RSS as the kernel counts it), largest of 3 runs` : `n/a (no ${GNU_TIME})`}`,
  );
  console.log('');
}

// Prints the rows as one aligned table.
function printTable(rows) {
  const columns = [
    ['scenario', 'scenario'],
    ['command', 'command'],
    ['median', 'median'],
    ['baseline', 'baseline'],
    ['baselineMedian', 'baseline median'],
    ['ratio', 'ratio'],
    ['target', 'target'],
    ['ok', 'ok?'],
  ];
  const cells = [
    columns.map(([, title]) => title),
    ...rows.map((row) => columns.map(([key]) => row[key] ?? '–')),
  ];
  const widths = columns.map((_, c) => Math.max(...cells.map((line) => line[c].length)));
  const format = (line) => `| ${line.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  console.log(format(cells[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const line of cells.slice(1)) console.log(format(line));
}

// --- Main ---

const tools = {};

// Runs the chosen scenarios, prints the report, cleans up; returns the exit code.
function main() {
  const argv = process.argv.slice(2);
  if (argv[0] === '--touch') {
    touch(argv[1]);
    return 0;
  }
  const options = parseArgs(argv);
  if (!existsSync(join(ROOT, 'dist', 'main.cjs'))) {
    console.error('bench: dist/ is missing; run npm run build first');
    return 1;
  }
  tools.hyperfine = onPath('hyperfine');
  if (tools.hyperfine)
    tools.hyperfineVersion = String(spawnSync(tools.hyperfine, ['--version']).stdout).trim();
  tools.jq = onPath('jq');
  tools.time =
    existsSync(GNU_TIME) &&
    spawnSync(GNU_TIME, ['-f', '%M', '-o', '/dev/null', NODE, '-e', '0']).status === 0;

  const built = distStamp();
  const tmp = mkdtempSync(join(tmpdir(), 'car-brief-bench-'));
  const env = { ...process.env, NO_COLOR: '1' };
  for (const name of ['CAR_BRIEF_DATA', 'CAR_BRIEF_NO_CACHE', 'CAR_BRIEF_CACHE_DIR', 'FORCE_COLOR'])
    delete env[name];
  const ctx = { built, tmp, cwd: join(tmp, 'cwd'), env, runs: options.runs, tools, rows: [], notes: [] };
  mkdirSync(ctx.cwd);

  const scenarios = [
    [1, scenario1],
    [2, scenario2],
    [3, scenario3],
    [4, scenario4],
  ];
  let failed = false;
  // Ctrl-C reaches the children too; their exit is noticed (checkInterrupt) and ends the run cleanly.
  process.on('SIGINT', () => {});
  try {
    printMachine(ctx);
    for (const [n, run] of scenarios) {
      if (options.only && !options.only.has(n)) continue;
      if (n === 4 && options.quick) {
        ctx.rows.push({ scenario: '4', command: '100,000 events', median: 'skipped (--quick)' });
        continue;
      }
      try {
        run(ctx);
      } catch (error) {
        if (!(error instanceof RunError)) throw error;
        failed = true;
        ctx.rows.push({ scenario: String(n), command: `FAILED: ${error.message}` });
        progress(`scenario ${n} failed: ${error.message}`);
      }
    }
    if (distStamp() !== built)
      ctx.notes.push('WARNING: dist/ was rebuilt during the run; the figures mix two builds');
    printTable(ctx.rows);
    if (ctx.notes.length > 0) console.log(`\n${ctx.notes.join('\n')}`);
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error;
    progress('interrupted');
    return 130;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
