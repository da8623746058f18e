import { describe, expect, it } from 'vitest';
import { COMMANDS, formatsOf } from '../../src/spec/commands.js';
import { GLOBAL_OPTIONS, OPTIONS, longFlag } from '../../src/spec/options.js';
import { complete } from '../../src/completion/complete.js';
import type { Candidate, Completion } from '../../src/spec/values.js';
import type { DatasetValues } from '../../src/spec/values.js';
import { completionCommands, completionGlobals } from '../../src/completion/declared.js';
import { HELP_TOPIC_NAMES, helpCompletion } from '../../src/help/topics.js';
import { FORMATS } from '../../src/spec/formats.js';

// A dataset of two countries, an actor and a tag, with what was asked of it.
const asked: { values: DatasetValues; dataDir: string | undefined }[] = [];
const DATA: Record<DatasetValues, Candidate[]> = {
  country: [
    { value: 'ruritania', description: 'Ruritania' },
    { value: 'elbonia', description: 'Elbonia' },
    { value: 'Strelsau', description: 'Ruritania', alias: true },
    { value: 'Ruritanian', description: 'Ruritania', alias: true },
    { value: 'Kingdom of Ruritania', description: 'Ruritania', alias: true },
  ],
  countries: [],
  actor: [{ value: 'ada-vance', description: 'Ada Vance' }],
  issue: [],
  subject: [],
  source: [{ value: 'treaty-text', description: 'The treaty' }],
  record: [
    { value: 'ruritania', description: 'actor' },
    { value: 'water-treaty', description: 'event' },
  ],
  tag: [
    { value: 'water', description: '' },
    { value: 'diplomacy', description: '' },
  ],
};
DATA.countries = DATA.country;

const sources = {
  commands: completionCommands(helpCompletion()),
  globals: completionGlobals,
  dataset: async (values: DatasetValues, dataDir: string | undefined) => {
    asked.push({ values, dataDir });
    return DATA[values];
  },
};

/** The words offered after "car-brief" and words (the last one being completed). */
async function offered(...words: string[]): Promise<string[]> {
  const completion = await complete(words, sources);
  if (completion.kind !== 'words') throw new Error(`expected words, got ${completion.kind}`);
  return completion.candidates.map((candidate) => candidate.value);
}

describe('completion', () => {
  it('offers every declared command, and help, at the start', async () => {
    const visible = COMMANDS.filter((spec) => !spec.hidden).map((spec) => spec.name);
    expect(await offered('')).toEqual([...visible, 'help']);
    expect(await offered('')).not.toContain('__complete');
    expect(await offered('co')).toEqual(visible.filter((name) => name.startsWith('co')));
  });

  it("offers each command's declared options and the global ones, as declared", async () => {
    for (const spec of COMMANDS.filter((s) => !s.hidden)) {
      const flags = await offered(spec.name, '--');
      const own = spec.options.map((name) => longFlag(OPTIONS[name]));
      const globals = GLOBAL_OPTIONS.map(longFlag);
      expect(flags, spec.name).toEqual([...own, ...globals]);
    }
    expect(await offered('timeline', '--st')).toEqual(['--status']);
  });

  it("offers the verbs under a noun where its first argument goes, and then the verb's own options", async () => {
    expect(await offered('sources', '')).toEqual(['add', 'update']);
    expect(await offered('sources', 'a')).toEqual(['add']);
    expect(await offered('sources', 'add', '--')).toEqual([
      ...COMMANDS.find((s) => s.name === 'sources')!.subcommands![0]!.options.map((name) =>
        longFlag(OPTIONS[name]),
      ),
      ...GLOBAL_OPTIONS.map(longFlag),
    ]);
    expect(await offered('sources', 'add', '--pub')).toEqual(['--publisher', '--published']);
    expect(await offered('sources', 'add', 'page.html', '--kind', 'w')).toEqual(['web-page']);
    expect(await offered('sources', 'add', '--derived-from', '')).toEqual(['treaty-text']);
    expect(await offered('sources', 'add', '--format', '')).toEqual(['text', 'tsv', 'json']);
    expect(await complete(['sources', 'add', ''], sources)).toEqual({ kind: 'files' });
    // quote: a source first, then words (nothing to offer but the flags).
    expect(await offered('quote', '')).toEqual(['treaty-text']);
    expect(await offered('quote', 'treaty-text', 'w')).toEqual([]);
  });

  it('offers the values of --format, --type, --kind, --status and --color', async () => {
    expect(await offered('timeline', '--format', '')).toEqual([...formatsOf('timeline').formats]);
    expect(await offered('--format', '')).toEqual([...FORMATS]);
    expect(await offered('timeline', '--format', 'ts')).toEqual(['tsv']);
    expect(await offered('timeline', '--format=j')).toEqual(['--format=json']);
    expect(await offered('timeline', '--type', 's')).toEqual(['sale', 'statement']);
    expect(await offered('search', '--type', '')).toEqual(['claim', 'event', 'issue', 'actor', 'source']);
    expect(await offered('claims', '--kind', '')).toEqual(['fact', 'report', 'assessment']);
    expect(await offered('issues', '--status', '')).toEqual(['open', 'stalled', 'resolved']);
    expect(await offered('--color', '')).toEqual(['always', 'never', 'auto']);
  });

  it('offers after --format only the formats the command accepts', async () => {
    expect(await offered('country', 'uzbekistan', '--format', '')).toEqual([
      'table',
      'text',
      'md',
      'tsv',
      'csv',
      'json',
      'ndjson',
    ]);
    for (const drawn of ['chart', 'mermaid', 'timelinejs', 'csl-json']) {
      expect(await offered('country', '--format', '')).not.toContain(drawn);
      expect(await offered('country', `--format=${drawn.slice(0, 2)}`)).not.toContain(`--format=${drawn}`);
    }
    expect(await offered('timeline', '--format', '')).toEqual(
      expect.arrayContaining(['chart', 'mermaid', 'timelinejs']),
    );
    expect(await offered('sources', '--format', 'csl')).toEqual(['csl-json']);
    expect(await offered('fact', '--format', '')).toEqual(['text', 'md', 'tsv', 'csv', 'json']);
  });

  it('offers countries, records and tags from the dataset, by id first', async () => {
    expect(await offered('country', '')).toEqual(['ruritania', 'elbonia']);
    expect(await offered('country', 'R')).toEqual(['ruritania']);
    // What begins no id is looked for among the other names (a capital, an alias).
    expect(await offered('country', 'str')).toEqual(['Strelsau']);
    expect(await offered('timeline', '--country', 'e')).toEqual(['elbonia']);
    expect(await offered('timeline', '--country=e')).toEqual(['--country=elbonia']);
    expect(await offered('show', 'w')).toEqual(['water-treaty']);
    expect(await offered('claims', '--tag', 'w')).toEqual(['water']);
    expect(await offered('claims', '--actor', '')).toEqual(['ada-vance']);
  });

  it('offers a second country to compare, not to country', async () => {
    expect(await offered('compare', 'ruritania', 'e')).toEqual(['elbonia']);
    expect(await offered('country', 'ruritania', 'e')).toEqual([]);
    expect(await offered('country', 'ruritania', '')).toEqual(['--full', ...GLOBAL_OPTIONS.map(longFlag)]);
  });

  it('reads the dataset that --data names, wherever it was typed', async () => {
    asked.length = 0;
    await offered('--data', 'my-data', 'country', '');
    await offered('country', '--data=other', '');
    await offered('country', '');
    expect(asked.map((ask) => ask.dataDir)).toEqual(['my-data', 'other', undefined]);
  });

  it('leaves paths to the shell', async () => {
    expect(await complete(['--data', ''], sources)).toEqual({ kind: 'dirs' });
    expect(await complete(['--data='], sources)).toEqual({ kind: 'dirs' });
    expect(await complete(['init', 'my'], sources)).toEqual({ kind: 'dirs' });
  });

  it('offers shells, help topics and commands as the commands declare', async () => {
    expect(await offered('completion', '')).toEqual(['bash', 'zsh', 'fish']);
    expect(await offered('help', 'exi')).toEqual(['exit-codes']);
    const topics = await offered('help', '');
    expect(topics.slice(0, HELP_TOPIC_NAMES.length)).toEqual([...HELP_TOPIC_NAMES]);
    expect(topics).toContain('country');
  });

  it('offers nothing after an unknown command, for free text, or after --', async () => {
    expect(await offered('bogus', '')).toEqual([]);
    expect(await offered('search', 'tap')).toEqual([]);
    expect(await offered('timeline', '--limit', '')).toEqual([]);
    expect(await offered('timeline', '--', '--c')).toEqual([]);
  });

  it('gives words, with descriptions', async () => {
    const completion: Completion = await complete(['comp'], sources);
    expect(completion).toEqual({
      kind: 'words',
      candidates: [
        { value: 'compare', description: COMMANDS.find((s) => s.name === 'compare')!.summary },
        { value: 'completion', description: COMMANDS.find((s) => s.name === 'completion')!.summary },
      ],
    });
  });
});
