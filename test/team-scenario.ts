import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { gitRepo, type GitRepo } from './git.js';
import { ROOT, edit } from './helpers.js';

// The session docs/team.md shows (and the README may): a small dataset, my-data, committed in a
// git repository of its own, then edited as a writer would. Everything comes from fixtures of
// its own, so the commits, their hashes and the output stay the same whatever the built-in data
// becomes.

const TEAM = join(ROOT, 'test', 'fixtures', 'team');
const EDITS = join(ROOT, 'test', 'fixtures', 'team-edits');

/** A claim kept for the scenario, as an analyst adds it: after a blank line, at the end of claims.yaml. */
export function addClaim(data: string, id: string): void {
  appendFileSync(join(data, 'claims.yaml'), '\n' + readFileSync(join(EDITS, `${id}.yaml`), 'utf8'));
}

/**
 * my-data committed ("Start the dataset"), then, not committed: a figure corrected (with its
 * quote cut to the shortest span), a claim added, and events.yaml reformatted.
 */
export function editedTeamDataset(): GitRepo & { readonly data: string } {
  const repo = gitRepo({ 'my-data': TEAM });
  const data = join(repo.dir, 'my-data');
  edit(data, 'claims.yaml', 'is 1,753 km long', 'is 1,735 km long');
  edit(data, 'claims.yaml', '{value: 1753, unit: km', '{value: 1735, unit: km');
  edit(data, 'claims.yaml', 'quote: "accorded top priority to the 1735 km', 'quote: "the 1735 km');
  addClaim(data, 'super-mushak-maintenance-spares-failure');
  const events = parse(readFileSync(join(data, 'events.yaml'), 'utf8')) as object[];
  writeFileSync(join(data, 'events.yaml'), '# Events, one a record\n' + stringify(events, { lineWidth: 80 }));
  return { ...repo, data };
}
