import { cpSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters as plain } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/spec/commands.js';
import { ROOT, runCli } from '../helpers.js';
import { ShownExamples, cutFields, head } from '../shown.js';
import { HAS_GIT } from '../git.js';
import { editedTeamDataset } from '../team-scenario.js';

// The README is a landing page whose examples are real output; these keep them so.
// UPDATE_README=1 writes the real output into the README instead of comparing.
const readme = new ShownExamples(join(ROOT, 'README.md'), Boolean(process.env.UPDATE_README));
const table = { tty: true, columns: 100 };

afterAll(() => readme.save());

describe('README', () => {
  it('has the two-command Quick start', () => {
    expect(readme.markdown).toContain(
      '```sh\nnpm install && npx car-brief country uzbekistan\nnpm test\n```',
    );
  });

  it('stays a landing page: at most 300 lines, the reference in docs/', () => {
    expect(readme.markdown.split('\n').length - 1).toBeLessThanOrEqual(300);
  });

  it('tours every command: a heading or an example of each', () => {
    const headings = readme.markdown.split('\n').filter((line) => line.startsWith('### '));
    const examples = readme.commands();
    for (const name of [...COMMANDS.filter((spec) => !spec.hidden).map((spec) => spec.name), 'help']) {
      const toured =
        headings.some((line) => line.includes(`\`car-brief ${name}`) || line.includes(`\`${name}\``)) ||
        examples.some((command) => `${command} `.startsWith(`car-brief ${name} `));
      expect(toured, name).toBe(true);
    }
  });

  it('shows the brief car-brief prints on an 80×24 terminal, and in Markdown', async () => {
    const screen = { tty: true, columns: 80, rows: 24 };
    readme.expectShown(
      'car-brief country uzbekistan',
      plain((await runCli(['country', 'uzbekistan'], screen)).stdout),
    );
    readme.expectShownStart('car-brief brief kyrgyzstan', (await runCli(['brief', 'kyrgyzstan'])).stdout);
  });

  it('shows the timeline, search, fact, show, sources and list output car-brief prints', async () => {
    const turkmenistan = await runCli(['timeline', '--country', 'turkmenistan', '--format', 'tsv']);
    readme.expectShown(
      'car-brief timeline --country turkmenistan --format tsv | cut -f1,4',
      cutFields(turkmenistan.stdout, [1, 4]),
    );
    const stale = await runCli(['stale', '--format', 'tsv']);
    readme.expectShown(
      'car-brief stale --format tsv | cut -f1,3 | head -3',
      head(cutFields(stale.stdout, [1, 3]), 3),
    );
    for (const command of [
      'search Mushak Uzbekistan --limit 3',
      'sources tapi-length-and-capacity',
      'actors --kind person',
    ]) {
      readme.expectShown(`car-brief ${command}`, plain((await runCli(command.split(' '), table)).stdout));
    }
    readme.expectShown('car-brief fact TAPI length', (await runCli(['fact', 'TAPI', 'length'])).stdout);
    readme.expectShownStart(
      'car-brief show super-mushak',
      plain((await runCli(['show', 'super-mushak'], table)).stdout),
    );
    readme.expectShownStart('car-brief countries', plain((await runCli(['countries'], table)).stdout));
  });

  it('shows compare cut from its TSV', async () => {
    const tsv = await runCli(['compare', 'kyrgyzstan', 'tajikistan', 'turkmenistan']);
    readme.expectShown(
      'car-brief compare kyrgyzstan tajikistan turkmenistan | cut -f1,4,7,9,13',
      cutFields(tsv.stdout, [1, 4, 7, 9, 13]),
    );
  });

  it('shows exactly the findings check gives on the example draft', async () => {
    const { code, stdout, stderr } = await runCli(['check', 'examples/draft.md', '--format', 'text']);
    expect(code).toBe(5);
    readme.expectShown('car-brief check examples/draft.md --format text', stdout + stderr);
  });

  it('shows init, sources add, quote, add and fact on a dataset of your own as car-brief prints them', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'car-brief-readme-'));
    cpSync(join(ROOT, 'examples'), join(cwd, 'examples'), { recursive: true });
    // After `export CAR_BRIEF_DATA=my-data`, every command reads and writes my-data.
    const env = { CAR_BRIEF_DATA: 'my-data' };
    const cli = (args: readonly string[]) => runCli(args, { cwd, env });
    const run = async (args: readonly string[]) => {
      const { code, stdout, stderr } = await cli(args);
      expect([code, stderr], args.join(' ')).toEqual([0, '']);
      return stdout;
    };
    const init = await runCli(['init', 'my-data'], { cwd });
    readme.expectShown('car-brief init my-data | tail -1', init.stdout.split('\n').slice(-2).join('\n'));
    readme.expectShown('export CAR_BRIEF_DATA=my-data', '');
    const added = await run(['sources', 'add', 'examples/saved-page.html']);
    readme.expectShown('car-brief sources add examples/saved-page.html | head -1', head(added, 1));
    const quote = await cli(['quote', 'nobody', 'yet']);
    expect(quote.code).toBe(0);
    readme.expectShown('car-brief quote nobody yet 2>/dev/null', quote.stdout);
    // The loop of issue 16: a claim citing the source, a second source, a citation of it, fact.
    const src = 'ruritania-elbonia-agree-inspect-dam-2024';
    writeFileSync(
      join(cwd, 'my-data/actors.yaml'),
      '- {id: ruritania, kind: country, name: Ruritania, iso2: RU, iso3: RUR, capital: Strelsau, summary: A state of the example., sources: [{source: ' +
        src +
        ', paragraph: 2, quote: "Ruritania and Elbonia agreed"}]}\n',
    );
    const claim = ['add', 'claim', '-k', 'report', '-b', 'an engineer', '-a', 'ruritania'];
    const statement = 'Nobody has paid for the turbines yet.';
    const refused = await cli([...claim, '-q', 'nobody paid for the turbines', statement]);
    expect(refused.code).toBe(3);
    readme.expectShown(
      `car-brief add claim -k report -b "an engineer" -a ruritania -q "nobody paid for the turbines" "${statement}" 2>&1 | tail -1`,
      head(refused.stderr.split('\n').slice(-2).join('\n'), 1),
    );
    const added2 = await cli([...claim, '-f', 'nobody yet', statement]);
    expect(added2.code).toBe(0);
    readme.expectShown(
      `car-brief add claim -k report -b "an engineer" -a ruritania -f "nobody yet" "${statement}" 2>/dev/null`,
      added2.stdout,
    );
    const wire = ['sources', 'add', 'examples/wire-dam.txt', '--title', 'Joint dam inspections agreed'];
    readme.expectShown(
      'car-brief sources add examples/wire-dam.txt --title "Joint dam inspections agreed" --publisher "Strelsau Wire" --published 2024-03-14 | head -1',
      head(await run([...wire, '--publisher', 'Strelsau Wire', '--published', '2024-03-14']), 1),
    );
    const cited = await cli(['add', 'citation', added2.stdout.trim(), '-f', 'no one yet']);
    expect(cited.code).toBe(0);
    readme.expectShown(
      `car-brief add citation ${added2.stdout.trim()} -f "no one yet" 2>/dev/null`,
      cited.stdout,
    );
    const fact = JSON.parse(await run(['fact', 'turbines', '--json'])) as {
      sources: { source: string }[];
      support: unknown;
    };
    readme.expectShown(
      "car-brief fact turbines --json | jq -c '[.sources[].source, .support]'",
      JSON.stringify([fact.sources.map((c) => c.source), fact.support]) + '\n',
    );
    readme.expectShown('car-brief validate', await run(['validate']));
    const exported = await run(['export', 'sqlite', 'my-data.db']);
    readme.expectShown('car-brief export sqlite my-data.db | head -1', head(exported, 1));
  });

  it.skipIf(!HAS_GIT)('shows changes as car-brief prints it, in a git repository', async () => {
    const repo = editedTeamDataset();
    const tsv = await runCli(['changes', '--data', 'my-data', '--format', 'tsv'], {
      cwd: repo.dir,
      env: repo.env,
    });
    expect(tsv.code, tsv.stderr).toBe(0);
    readme.expectShown(
      'car-brief changes --data my-data --format tsv | cut -f2,3,5 | head -3',
      head(cutFields(tsv.stdout, [2, 3, 5]), 3),
    );
  });

  // Last: the examples above are all the README shows.
  it('checks every example it shows', () => {
    expect(readme.unchecked()).toEqual([]);
  });
});
