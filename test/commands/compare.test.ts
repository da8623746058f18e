import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MAX_COMPARED } from '../../src/query/country/compare.js';
import { COMPARE_COLUMNS } from '../../src/views/brief/compare.js';
import { COMPARE_TOPIC_COLUMNS } from '../../src/views/brief/compare-topic.js';
import { MINI, copyDataset, edit, runCli } from '../helpers.js';

const mini = (args: string[], options: Parameters<typeof runCli>[1] = {}) =>
  runCli(['--data', MINI, 'compare', ...args], options);

const REPUBLICS = ['kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan', 'azerbaijan'];

// The words a report may print: those of the data compared (its JSON) and of the report's own
// text. A word cut by a table ("Pakista" + "n") is in neither.
function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
const OWN_WORDS = wordsOf(
  'countries compared relations open issues events key figures none of its own recorded shared across ' +
    'the latest car-brief country or any others gives full brief planned date inferred about from until ' +
    'both all name s ' +
    'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec and',
);

describe('car-brief compare on a terminal', () => {
  it.each([50, 80, 100, 160])(
    'sets the republics and Azerbaijan side by side at %i columns: every line fits, no word is cut',
    async (columns) => {
      const { code, stdout, stderr } = await runCli(['compare', ...REPUBLICS], { tty: true, columns });
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      const lines = stripVTControlCharacters(stdout).split('\n');
      const long = lines.filter((line) => line.length > columns);
      expect(long).toEqual([]);
      const json = await runCli(['compare', ...REPUBLICS, '--json']);
      const known = new Set([...wordsOf(json.stdout), ...OWN_WORDS].map((w) => w.toLowerCase()));
      const cut = wordsOf(lines.join('\n')).filter((word) => !known.has(word.toLowerCase()));
      expect(cut).toEqual([]);
      // Each facet, each country in it, in the order named.
      const headings = ['Relations', 'Open issues', 'Events', 'Key figures'];
      const at = headings.map((heading) => lines.findIndex((line) => line.startsWith(heading)));
      expect(at.every((line, i) => line > (at[i - 1] ?? 0))).toBe(true);
      for (const [i, start] of at.entries()) {
        const section = lines.slice(start, at[i + 1] ?? lines.length);
        const named = REPUBLICS.map((id) => section.findIndex((line) => line.toLowerCase().startsWith(id)));
        expect(
          named.every((line, j) => line > (named[j - 1] ?? 0)),
          headings[i],
        ).toBe(true);
      }
    },
  );

  it('shows each facet of the fixture countries, one row per country', async () => {
    const result = await mini(['ruritania', 'elbonia', '--no-color'], { tty: true, columns: 80 });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b[');
    expect(result.stdout).toContain(
      [
        'Relations',
        'Ruritania  Ruritania signed a water treaty with Elbonia.',
        "Elbonia    Elbonia's foreign minister visited Ruritania.",
        '',
        'Open issues',
        'Ruritania  Trouble over the dam  open',
        'Elbonia    none of its own',
        '',
        'Events (own + shared; the latest of its own)',
        'Ruritania  2 + 1  4–5 Jun 2023  Vance visits Strelsau (date inferred)',
        'Elbonia    2 + 1  4–5 Jun 2023  Vance visits Strelsau (date inferred)',
      ].join('\n'),
    );
    expect(result.stdout).toMatch(/Key figures\nRuritania +240 km; 3 bcm +The dam project lies 240 km/);
    expect(result.stdout).toMatch(/\nElbonia +none recorded\n/);
  });

  it('colours a terminal', async () => {
    const { stdout } = await mini(['ruritania', 'elbonia'], { tty: true });
    expect(stdout).toContain('\u001b[36m240 km; 3 bcm\u001b[39m');
  });
});

describe('car-brief compare in a pipe', () => {
  it('prints TSV: a header of the documented columns, one line per country in the order named', async () => {
    const { code, stdout } = await mini(['elbonia', 'ruritania']);
    expect(code).toBe(0);
    const lines = stdout
      .slice(0, -1)
      .split('\n')
      .map((line) => line.split('\t'));
    expect(lines[0]).toEqual(COMPARE_COLUMNS);
    expect(lines.slice(1).map((fields) => fields.length)).toEqual([
      COMPARE_COLUMNS.length,
      COMPARE_COLUMNS.length,
    ]);
    const rows = lines
      .slice(1)
      .map((fields) => Object.fromEntries(COMPARE_COLUMNS.map((c, i) => [c, fields[i]])));
    expect(rows.map((row) => row.id)).toEqual(['elbonia', 'ruritania']);
    expect(rows[1]).toEqual({
      id: 'ruritania',
      name: 'Ruritania',
      relations: 'Ruritania signed a water treaty with Elbonia.',
      open_issues: '1',
      shared_open_issues: '0',
      open_issue_ids: 'dam-dispute',
      events: '2',
      shared_events: '1',
      latest_date: '2023-06-04/2023-06-05',
      latest_start: '2023-06-04',
      latest_end: '2023-06-05',
      latest_id: 'vance-visit-2023-06',
      latest_title: 'Vance visits Strelsau',
      latest_status: 'happened',
      latest_scope: '',
      key_figures: '240 km, 3 bcm',
      key_figure_claims: 'dam-size',
    });
    expect((await mini(['elbonia', 'ruritania', '--no-header'])).stdout.split('\n')[0]).toMatch(/^elbonia\t/);
  });

  it('prints CSV, JSON with full records and ndjson', async () => {
    const csv = await mini(['elbonia', 'ruritania', '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe(COMPARE_COLUMNS.join(','));
    const json = await mini(['ruritania', 'elbonia', '--json']);
    const items = JSON.parse(json.stdout);
    expect(items.map((item: { id: string }) => item.id)).toEqual(['ruritania', 'elbonia']);
    expect(items[0].country.sources[0].quote).toBe('Ruritania and Elbonia signed a water treaty');
    expect(items[0].open_issues[0]).toMatchObject({ id: 'dam-dispute', linked_via: null });
    expect(items[0].events).toMatchObject({ own: 2, shared: 1 });
    expect(items[0].events.latest).toMatchObject({ id: 'vance-visit-2023-06', start: '2023-06-04' });
    expect(items[0].key_figures[0].figures[0]).toMatchObject({ value: 240, unit: 'km' });
    const ndjson = await mini(['ruritania', 'elbonia', '--format', 'ndjson']);
    expect(
      ndjson.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual(items);
  });
});

describe('car-brief compare: naming the countries', () => {
  const ids = async (args: string[]) => {
    const { code, stdout, stderr } = await mini([...args, '--format', 'tsv', '--no-header']);
    return {
      code,
      stderr,
      ids: stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split('\t')[0]),
    };
  };

  it('resolves names as country does: codes, capitals, aliases, names of several words unquoted, commas', async () => {
    expect(await ids(['EB', 'strelsau'])).toEqual({ code: 0, stderr: '', ids: ['elbonia', 'ruritania'] });
    expect(await ids(['Kingdom', 'of', 'Ruritania', 'Elbonian'])).toMatchObject({
      ids: ['ruritania', 'elbonia'],
    });
    expect(await ids(['elbonia,Kingdom of Ruritania'])).toMatchObject({ ids: ['elbonia', 'ruritania'] });
  });

  it('takes a clear misspelling with a note, as country does', async () => {
    const country = await runCli(['--data', MINI, 'country', 'elbonai']);
    const result = await ids(['ruritania', 'elbonai']);
    expect(result.ids).toEqual(['ruritania', 'elbonia']);
    expect(result.stderr).toBe(country.stderr);
  });

  it('notes a misspelling typed twice once', async () => {
    const result = await ids(['elbonai', 'ruritania', 'elbonai']);
    expect(result.stderr.split('\n').filter((line) => line.includes('taken as'))).toHaveLength(1);
    expect(result.ids).toEqual(['elbonia', 'ruritania']);
  });

  it('compares a country named twice once, with a note', async () => {
    const result = await ids(['ruritania', 'elbonia', 'RU']);
    expect(result).toEqual({
      code: 0,
      stderr: 'note: Ruritania named more than once; compared once\n',
      ids: ['ruritania', 'elbonia'],
    });
  });

  it('fails as country does for a name that is no country: exit 4, suggestions, no output', async () => {
    for (const name of ['atlantis', 'elbonistan', 'dam project']) {
      const country = await runCli(['--data', MINI, 'country', name]);
      const result = await mini(['ruritania', name]);
      expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 4, stdout: '' });
      expect(result.stderr).toBe(country.stderr);
      expect(result.stderr).toMatch(/^car-brief: /);
    }
  });

  it('needs two countries: one, or one named twice, is a usage error (exit 2)', async () => {
    for (const args of [['ruritania'], ['ruritania', 'RU'], ['Kingdom', 'of', 'Ruritania'], ['ruritania,']]) {
      const { code, stdout, stderr } = await mini(args);
      expect({ code, stdout }, args.join(' ')).toEqual({ code: 2, stdout: '' });
      expect(stderr).toMatch(/^car-brief: compare needs two countries or more/);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect((await mini([])).code).toBe(2);
  });

  it('says so before reading the data: one country with an invalid dataset is still a usage error', async () => {
    const broken = copyDataset();
    edit(broken, 'actors.yaml', 'kind: country', 'kind: [country');
    expect((await runCli(['--data', broken, 'country', 'ruritania'])).code).toBe(3);
    expect((await runCli(['--data', broken, 'compare', 'ruritania'])).code).toBe(2);
  });

  it(`refuses more than ${MAX_COMPARED} names as a usage error`, async () => {
    const { code, stderr } = await mini(Array<string>(MAX_COMPARED + 1).fill('ruritania'));
    expect(code).toBe(2);
    expect(stderr).toBe(
      `car-brief: compare takes at most ${MAX_COMPARED} names; ${MAX_COMPARED + 1} given\n`,
    );
  });
});

describe('car-brief compare on one subject: --topic, --actor, --issue, --tag', () => {
  const tsv = async (args: string[]) => {
    const { code, stdout, stderr } = await runCli(['compare', ...args, '--format', 'tsv']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const [header, ...lines] = stdout.trimEnd().split('\n');
    expect(header!.split('\t')).toEqual(COMPARE_TOPIC_COLUMNS);
    return lines.map((line) => line.split('\t'));
  };
  const idsOf = (rows: string[][], country: string) => rows.filter((r) => r[0] === country).map((r) => r[1]);
  const claimIds = async (args: string[]) =>
    (await runCli(['claims', ...args, '--format', 'tsv', '--no-header'])).stdout
      .trimEnd()
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t')[0]);

  it('--topic: each country its claims that match every word, as claims --country lists them', async () => {
    const rows = await tsv(['tajikistan', 'uzbekistan', '--topic', 'taliban']);
    const json = JSON.parse(
      (await runCli(['compare', 'tajikistan', 'uzbekistan', '--topic', 'taliban', '--json'])).stdout,
    ) as { id: string; claims: { id: string; statement: string; sources: { quote: string }[] }[] }[];
    expect(json.map((c) => c.id)).toEqual(['tajikistan', 'uzbekistan']);
    for (const { id, claims } of json) {
      expect(claims.map((c) => c.id)).toEqual(idsOf(rows, id));
      // Every one mentions the topic, and is a claim that claims --country lists for that country.
      for (const claim of claims)
        expect(claim.statement + claim.sources.map((s) => s.quote).join(' ')).toMatch(/taliban/i);
      const listed = await claimIds(['--country', id]);
      for (const claim of claims) expect(listed).toContain(claim.id);
    }
    // Each claim says what it rests on, as claims --json does.
    expect(json[0]!.claims[0]).toMatchObject({ support: { sources: 1, independent: 1 } });
    expect(idsOf(rows, 'tajikistan')).toContain('taliban-support-contention-with-tajikistan');
    expect(idsOf(rows, 'uzbekistan')).toContain('pakistan-uzbekistan-taliban-differences');
    expect(idsOf(rows, 'tajikistan')).not.toContain('pakistan-uzbekistan-taliban-differences');
  });

  it('--actor, --tag and --issue give what claims gives with the same filter, country by country', async () => {
    const byActor = await tsv(['turkmenistan', 'azerbaijan', '--actor', 'jf-17']);
    expect(idsOf(byActor, 'turkmenistan')).toEqual([]);
    expect(idsOf(byActor, 'azerbaijan')).toEqual(
      await claimIds(['--country', 'azerbaijan', '--actor', 'jf-17']),
    );
    expect(idsOf(byActor, 'azerbaijan').length).toBeGreaterThan(2);
    const byTag = await tsv(['kazakhstan', 'kyrgyzstan', '--tag', 'security']);
    for (const country of ['kazakhstan', 'kyrgyzstan'])
      expect(idsOf(byTag, country)).toEqual(await claimIds(['--country', country, '--tag', 'security']));
    const issue = 'uzbekistan-taliban-differences';
    const byIssue = await tsv(['uzbekistan', 'tajikistan', '--issue', issue]);
    expect(idsOf(byIssue, 'uzbekistan')).toEqual(
      await claimIds(['--country', 'uzbekistan', '--issue', issue]),
    );
    expect(idsOf(byIssue, 'uzbekistan').length).toBeGreaterThan(0);
  });

  it('on a terminal: what both share once, then each country its own, or "none" (at 80 columns)', async () => {
    const { code, stdout } = await runCli(['compare', 'tajikistan', 'uzbekistan', '--topic', 'taliban'], {
      tty: true,
      columns: 80,
    });
    expect(code).toBe(0);
    const text = stripVTControlCharacters(stdout);
    expect(text.split('\n')[0]).toBe('Tajikistan and Uzbekistan on "taliban"');
    expect(text).toMatch(/^Shared by both\n/m);
    expect(text.match(/taliban-dual-role-mistrust/g)).toHaveLength(1);
    expect(text.split('\n').filter((line) => line.length > 80)).toEqual([]);
    const none = await runCli([
      'compare',
      'turkmenistan',
      'azerbaijan',
      '--actor',
      'jf-17',
      '--format',
      'text',
    ]);
    expect(none.stdout).toMatch(/^Turkmenistan +none on this subject$/m);
  });

  it('says when nothing matches (exit 0), and refuses an unknown actor (4) or a topic of no words (2)', async () => {
    const nothing = await runCli([
      'compare',
      'kazakhstan',
      'kyrgyzstan',
      '--topic',
      'xyzzy',
      '--format',
      'tsv',
    ]);
    expect(nothing.code).toBe(0);
    expect(nothing.stdout).toBe(`${COMPARE_TOPIC_COLUMNS.join('\t')}\n`);
    expect(nothing.stderr).toContain('no claim on "xyzzy" for any of them');
    expect((await runCli(['compare', 'kazakhstan', 'kyrgyzstan', '--actor', 'nobody-at-all'])).code).toBe(4);
    expect((await runCli(['compare', 'kazakhstan', 'kyrgyzstan', '--topic', 'the of'])).code).toBe(2);
  });
});
