import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters as plain } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HAS_GIT } from '../git.js';
import { addClaim, editedTeamDataset } from '../team-scenario.js';
import { ROOT, edit, runCli } from '../helpers.js';
import { ShownExamples, cutFields } from '../shown.js';
import { BIN } from '../e2e/spawn.js';

// docs/team.md shows real output, as the other pages do: a dataset in a git repository of the
// test's own (fixed names and dates, so the same commits every run), edited as the page says,
// then `car-brief changes`, and a merge that git runs through the built car-brief as its driver.
// UPDATE_DOCS=1 writes the real output into the page instead of comparing.

const page = new ShownExamples(join(ROOT, 'docs', 'team.md'), Boolean(process.env.UPDATE_DOCS));
afterAll(() => page.save());

describe.skipIf(!HAS_GIT)('docs/team.md', { timeout: 120_000 }, () => {
  it('shows changes and a merge conflict as car-brief and git give them', async () => {
    // A figure corrected (and its quote cut to the shortest span), a claim added, a file reformatted.
    const repo = editedTeamDataset();
    const { data } = repo;
    const run = (args: string[], tty = false) =>
      runCli(args, { cwd: repo.dir, env: repo.env, tty, columns: 100 });

    const table = await run(['changes', '--data', 'my-data'], true);
    expect(table.code, table.stderr).toBe(0);
    page.expectShown('car-brief changes --data my-data', plain(table.stdout));
    page.expectShown(
      'car-brief changes --data my-data --format md',
      (await run(['changes', '--data', 'my-data', '--format', 'md'])).stdout,
    );
    const tsv = await run(['changes', '--data', 'my-data', '--format', 'tsv']);
    page.expectShown(
      'car-brief changes --data my-data --format tsv | cut -f2-5',
      cutFields(tsv.stdout, [2, 3, 4, 5]),
    );

    // Two analysts from here: each adds a claim and retitles the same event, differently.
    repo.git('checkout', '-q', '--', 'my-data/events.yaml');
    repo.commit('Correct the TAPI length; add a Super Mushak claim');
    repo.git('config', 'merge.car-brief.driver', `"${process.execPath}" "${BIN}" merge-driver %O %A %B %P`);
    writeFileSync(join(data, '.gitattributes'), '*.yaml merge=car-brief\n');
    repo.commit('Merge collection files by record id');
    const title = 'title: Army chief Asim Munir to visit Central Asian countries';
    repo.git('checkout', '-q', '-b', 'alice');
    edit(data, 'events.yaml', title, 'title: COAS Asim Munir to visit Central Asian countries');
    addClaim(data, 'super-mushak-limited-capabilities');
    repo.commit('Alice: COAS in the title; a Super Mushak claim');
    repo.git('checkout', '-q', 'main');
    edit(data, 'events.yaml', title, 'title: Army chief Asim Munir to visit the Central Asian republics');
    addClaim(data, 'azerbaijan-bought-ten-super-mushak-2019');
    repo.commit('Bob: the Central Asian republics; a claim of the 2019 sale');
    const merged = spawnSync('git', ['merge', '--no-edit', 'alice'], {
      cwd: repo.dir,
      env: repo.env,
      encoding: 'utf8',
    });
    expect(merged.status).not.toBe(0);
    expect(merged.stderr).toContain(
      'note: my-data/events.yaml: coas-munir-planned-visit-central-asia: title changed two ways',
    );
    const text = readFileSync(join(data, 'events.yaml'), 'utf8');
    const conflict = /^<<<<<<< ours\n[^]*?^>>>>>>> theirs\n/m.exec(text)![0];
    page.expectShown(`sed -n '/^<<<<<<< ours/,/^>>>>>>> theirs/p' my-data/events.yaml`, conflict);
    // Both claims went in cleanly.
    expect(
      (parse(readFileSync(join(data, 'claims.yaml'), 'utf8')) as { id: string }[]).map((c) => c.id),
    ).toEqual([
      'tapi-length-and-capacity',
      'super-mushak-faults-and-crashes',
      'super-mushak-maintenance-spares-failure',
      'azerbaijan-bought-ten-super-mushak-2019',
      'super-mushak-limited-capabilities',
    ]);
    expect(page.unchecked()).toEqual([]);
  });
});
