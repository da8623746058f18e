import { beforeAll, describe, expect, it } from 'vitest';
import { copyDataset, edit, runCli } from '../helpers.js';

// Names that a plain object used as a dictionary answers for: every lookup keyed by what the
// user types or the data holds must treat them as ordinary words and ids.
const PROTO_WORDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

let dir: string;

beforeAll(() => {
  dir = copyDataset();
  // A project whose id is one of those names, with the others as its aliases, tags and words.
  edit(dir, 'actors.yaml', 'id: dam-project', 'id: constructor');
  edit(
    dir,
    'actors.yaml',
    'name: Dam project',
    'name: Dam project\n  aliases: [toString, hasOwnProperty, valueOf]',
  );
  edit(
    dir,
    'actors.yaml',
    'summary: A dam 240 km upstream.',
    'summary: A dam 240 km upstream; __proto__ prototype.',
  );
  for (const file of ['issues.yaml', 'claims.yaml', 'claims.yaml'])
    edit(dir, file, 'dam-project', 'constructor');
  edit(dir, 'claims.yaml', 'tags: [water]', 'tags: [water, constructor, prototype]');
});

describe('prototype names as words and ids', () => {
  it.each(PROTO_WORDS)('search, fact, show and country answer %s without crashing', async (word) => {
    for (const args of [
      ['search', word],
      ['fact', word],
      ['show', word],
      ['country', word],
    ]) {
      for (const data of [[], ['--data', dir]]) {
        const result = await runCli([...args, ...data]);
        expect([0, 4], `${args.join(' ')} ${data.join(' ')}: ${result.stderr}`).toContain(result.code);
        expect(result.stderr).not.toContain('unexpected');
      }
    }
  });

  it.each(PROTO_WORDS)('filters take %s as a name that matches nothing or a real record', async (word) => {
    for (const flag of ['--country', '--actor', '--issue', '--tag', '--type', '--status']) {
      const result = await runCli(['timeline', flag, word, '--data', dir]);
      expect([0, 2, 4], `${flag} ${word}: ${result.stderr}`).toContain(result.code);
      expect(result.stderr).not.toContain('unexpected');
    }
  });

  it('finds a record whose id is constructor, by id and by its aliases', async () => {
    const byId = await runCli(['show', 'constructor', '--data', dir, '--json']);
    expect(byId.code, byId.stderr).toBe(0);
    expect(JSON.parse(byId.stdout).record.id).toBe('constructor');
    const byAlias = await runCli(['show', 'hasOwnProperty', '--data', dir, '--json']);
    expect(byAlias.code, byAlias.stderr).toBe(0);
    expect(JSON.parse(byAlias.stdout).record.id).toBe('constructor');
    const search = await runCli(['search', 'toString', '--data', dir, '--json']);
    expect(JSON.parse(search.stdout)[0].id).toBe('constructor');
    const tagged = await runCli(['claims', '--tag', 'prototype', '--data', dir, '--json']);
    expect(tagged.code, tagged.stderr).toBe(0);
    expect(JSON.parse(tagged.stdout).map((claim: { id: string }) => claim.id)).toEqual(['dam-size']);
  });

  it('validates the dataset that uses them', async () => {
    const result = await runCli(['validate', '--data', dir]);
    expect(result.code, result.stderr).toBe(0);
  });
});
