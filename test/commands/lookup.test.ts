import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MINI, runCli } from '../helpers.js';

const mini = (args: string[], options: Parameters<typeof runCli>[1] = {}) =>
  runCli(['--data', MINI, ...args], options);
const lines = (text: string) => text.slice(0, -1).split('\n');

describe('car-brief timeline', () => {
  it('prints date, title, countries, type and status on a terminal', async () => {
    const { code, stdout } = await mini(['timeline'], { tty: true, columns: 100 });
    expect(code).toBe(0);
    expect(lines(stripVTControlCharacters(stdout))).toEqual([
      'date          title         countries           type       status',
      'Mar 2021      Water treaty  Ruritania, Elbonia  agreement',
      '              signed',
      '4–5 Jun 2023  Vance visits  Elbonia, Ruritania  visit      date inferred',
      '              Strelsau',
      // The plan for 2024 is stale as of today (TEST_TODAY): it says so, and since when.
      '2024          Vance to      Old World states    visit      planned, overdue since Jan 2025, date',
      '              return                                       inferred',
    ]);
    expect(stdout).toContain('\u001b[33mplanned, overdue since Jan 2025, date\u001b[39m');
  });

  it('prints TSV in a pipe: the EDTF date, then ISO start and end, then the title', async () => {
    const { stdout } = await mini(['timeline', '--country', 'elbonia']);
    const rows = lines(stdout).map((line) => line.split('\t'));
    expect(rows[0]).toEqual([
      'date',
      'start',
      'end',
      'title',
      'type',
      'status',
      'date_basis',
      'countries',
      'id',
      'actors',
      'issues',
      'tags',
      'scope',
      'date_note',
      'source',
      'precision',
      'stale_since',
    ]);
    expect(rows.map((row) => [row[0], row[1], row[2], row[3]])).toEqual([
      ['date', 'start', 'end', 'title'],
      ['2021-03', '2021-03-01', '2021-03-31', 'Water treaty signed'],
      ['2023-06-04/2023-06-05', '2023-06-04', '2023-06-05', 'Vance visits Strelsau'],
      ['2024', '2024-01-01', '2024-12-31', 'Vance to return'],
    ]);
    expect(rows[3]!.slice(5, 8)).toEqual(['planned', 'inferred', 'old-world']);
    expect(rows[3]![12]).toBe('old-world');
    // How precise each date is, and the day a plan went stale (today is TEST_TODAY).
    expect(rows.map((row) => row.slice(15))).toEqual([
      ['precision', 'stale_since'],
      ['month', ''],
      ['interval', ''],
      ['year', '2025-01-01'],
    ]);
    expect((await mini(['timeline', '--no-header'])).stdout.split('\n')[0]).toMatch(/^2021-03\t/);
  });

  it('prints CSV, JSON and ndjson', async () => {
    const csv = await mini(['events', '--format', 'csv', '--limit', '1']);
    expect(csv.stdout.split('\r\n')[1]).toBe(
      '2021-03,2021-03-01,2021-03-31,Water treaty signed,agreement,happened,stated,"ruritania,elbonia",water-treaty-2021,,dam-dispute,water,,,test-note ¶1,month,',
    );
    const json = JSON.parse((await mini(['timeline', '--json'])).stdout);
    expect(json.map((e: { id: string }) => e.id)).toEqual([
      'water-treaty-2021',
      'vance-visit-2023-06',
      'vance-return-visit',
    ]);
    expect(json[0].sources[0].quote).toBe('signed a water treaty in March 2021');
    expect(json.map((e: { precision: string }) => e.precision)).toEqual(['month', 'interval', 'year']);
    expect(json[0].stale).toBeNull();
    expect(json[2].stale).toEqual({
      kind: 'planned',
      reason: 'planned for 2024; nothing later recorded',
      since: '2025-01-01',
    });
    const ndjson = lines((await mini(['timeline', '--format', 'ndjson'])).stdout).map((line) =>
      JSON.parse(line),
    );
    expect(ndjson).toEqual(json);
  });

  it('exits 2 on a bad filter value and 4 on an unknown country', async () => {
    expect((await mini(['timeline', '--since', 'last year'])).code).toBe(2);
    expect((await mini(['timeline', '--type', 'treaty'])).code).toBe(2);
    expect((await mini(['timeline', '--country', 'atlantis'])).code).toBe(4);
  });
});

describe('car-brief search', () => {
  it('prints type, id, title and what matched on a terminal', async () => {
    const { stdout } = await mini(['search', 'doomed', 'dam'], { tty: true });
    expect(lines(stripVTControlCharacters(stdout))[1]).toMatch(
      /^claim\s+dam-doomed\s+Critics say the dam is doomed\.\s+statement: doomed,/,
    );
  });

  it('prints an array of hits in JSON: type, id, score and the whole record', async () => {
    const hits = JSON.parse((await mini(['search', 'dam', '--json'])).stdout);
    expect(hits.length).toBeGreaterThan(1);
    expect(Object.keys(hits[0])).toEqual(['type', 'id', 'score', 'record']);
    expect(hits[0].record.sources).toBeDefined();
    expect(hits.map((h: { score: number }) => h.score)).toEqual(
      [...hits.map((h: { score: number }) => h.score)].sort((a, b) => b - a),
    );
  });

  it('keeps to --type and --limit, and exits 0 with nothing found', async () => {
    const hits = JSON.parse(
      (await mini(['search', 'dam', '--type', 'claim', '--limit', '1', '--json'])).stdout,
    );
    expect(hits.map((h: { type: string }) => h.type)).toEqual(['claim']);
    const none = await mini(['search', 'zzzzqqq']);
    expect(none).toEqual({
      code: 0,
      stdout: 'score\ttype\tid\ttitle\tmatched\n',
      stderr: 'note: nothing mentions: zzzzqqq\n',
    });
    expect((await mini(['search', 'dam', '--type', 'person'])).code).toBe(2);
  });
});

describe('car-brief show', () => {
  it('shows a record in full with its sources and links both ways', async () => {
    const { code, stdout } = await mini(['show', 'Ada', 'Vance', '--format', 'text']);
    expect(code).toBe(0);
    expect(stdout).toContain('Ada Vance  actor · person · ada-vance\n');
    expect(stdout).toContain('roles      Foreign Minister, elbonia\n');
    expect(stdout).toContain(
      'Sources (1)\nTest note on Ruritania and Elbonia, ¶2: “Elbonia’s foreign minister Ada Vance”\n',
    );
    expect(stdout).toContain('Countries (1)\ncountry  Elbonia  elbonia\n');
    expect(stdout).toContain(
      'Events (2)\n4–5 Jun 2023  Vance visits Strelsau  vance-visit-2023-06\n2024          Vance to return        vance-return-visit\n',
    );
  });

  it('gives the record and its links in JSON', async () => {
    const shown = JSON.parse((await mini(['show', 'dam-dispute', '--json'])).stdout);
    expect(shown).toMatchObject({ type: 'issue', id: 'dam-dispute', record: { status: 'open' } });
    expect(shown.links.events).toEqual([
      { type: 'event', id: 'water-treaty-2021', name: 'Water treaty signed' },
    ]);
    expect(shown.links.actors).toEqual([{ type: 'actor', id: 'dam-project', name: 'Dam project' }]);
  });

  it('answers a misspelt name with a note, and exits 4 with suggestions for an unknown one', async () => {
    const near = await mini(['show', 'Ada Vanse', '--json']);
    expect(JSON.parse(near.stdout).id).toBe('ada-vance');
    expect(near.stderr).toContain('taken as ada-vance');
    const unknown = await mini(['show', 'treaty', 'oil']);
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toContain('did you mean water-treaty-2021');
  });

  it('takes the words of one title for the record, with a note', async () => {
    const words = await mini(['show', 'treaty', 'water', '--json']);
    expect(JSON.parse(words.stdout).id).toBe('water-treaty-2021');
    expect(words.stderr).toBe(
      'note: "treaty water" taken as water-treaty-2021 (matched "water treaty signed")\n',
    );
  });
});

describe('car-brief fact', () => {
  it('prints the best claim as one line with its citation, and its figures with --figures', async () => {
    const { code, stdout } = await mini(['fact', 'dam', 'size']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      'The dam project lies 240 km upstream and would store 3 bcm of water. — Test note on Ruritania and Elbonia, ¶4\n',
    );
    expect((await mini(['fact', 'dam', 'size', '--figures'])).stdout).toBe(
      'The dam project lies 240 km upstream and would store 3 bcm of water. [240 km; 3 bcm] — Test note on Ruritania and Elbonia, ¶4\n',
    );
  });

  it('marks a report with who reports it (unless it says so itself), and gives the quote with --quote', async () => {
    expect((await mini(['fact', 'doomed'])).stdout).toBe(
      'Critics say the dam is doomed. — Test note on Ruritania and Elbonia, ¶4\n',
    );
    expect((await mini(['fact', 'doomed', '--quote'])).stdout).toBe(
      '“critics say it is doomed” — Test note on Ruritania and Elbonia, ¶4\n',
    );
  });

  it('gives the claim record in JSON, and several with --all', async () => {
    expect(JSON.parse((await mini(['fact', 'doomed', '--json'])).stdout).id).toBe('dam-doomed');
    const all = JSON.parse((await mini(['fact', 'dam', '--all', '--json'])).stdout);
    expect(all.map((c: { id: string }) => c.id).sort()).toEqual(['dam-doomed', 'dam-size']);
  });

  it('exits 4 with the nearest candidates when nothing fits', async () => {
    const { code, stdout, stderr } = await mini(['fact', 'population', 'of', 'Elbonia']);
    expect(code).toBe(4);
    expect(stdout).toBe('');
    expect(stderr).toContain('no claim matches "population of Elbonia" well enough');
  });
});

describe('car-brief actors, issues, claims', () => {
  it('list with filters and formats', async () => {
    expect(lines((await mini(['actors', '--kind', 'person'])).stdout).map((l) => l.split('\t')[0])).toEqual([
      'id',
      'ada-vance',
    ]);
    expect(JSON.parse((await mini(['issues', '--status', 'open', '--json'])).stdout)[0].id).toBe(
      'dam-dispute',
    );
    const claims = lines((await mini(['claims', '--kind', 'report'])).stdout);
    expect(claims).toEqual([
      'id\tkind\tstatement\tfigures\tabout\tattribution\ttags\tsource\tquote\tscope\tsources\tindependent',
      'dam-doomed\treport\tCritics say the dam is doomed.\t\tdam-project\tcritics\t\ttest-note ¶4\tcritics say it is doomed\t\t1\t1',
    ]);
    expect((await mini(['claims', '--kind', 'rumour'])).code).toBe(2);
  });

  it('show kind, statement and paragraph on a terminal', async () => {
    const { stdout } = await mini(['claims', '--country', 'ruritania'], { tty: true });
    expect(lines(stripVTControlCharacters(stdout))[0]).toMatch(/^kind\s+statement\s+source\s+id$/);
    expect(stdout).toContain('\u001b[35mreport\u001b[39m');
  });
});

describe('odd input to the lookup commands', () => {
  it('refuses queries with no word to look up, with exit 2', async () => {
    for (const argv of [
      ['search', 'the of and'],
      ['search', '!!!'],
      ['fact', 'what is the'],
      ['fact', ''],
    ]) {
      const { code, stderr } = await mini(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toContain('has no word to look up');
    }
  });

  it('refuses an empty filter value and a limit that is not a whole number', async () => {
    expect((await mini(['timeline', '--country', ''])).stderr).toBe('car-brief: --country needs a value\n');
    expect((await mini(['timeline', '--country', ','])).code).toBe(2);
    for (const limit of ['-1', 'abc', '1e1', '0x10', '2.5']) {
      expect((await mini(['search', 'dam', '--limit', limit])).code, limit).toBe(2);
    }
  });

  it('escapes control characters in notes', async () => {
    const { stderr } = await mini(['timeline', '--country', 'ruritnia\u001b[31m']);
    expect(stderr).not.toContain('\u001b');
  });

  it('gives several facts with --limit, and refuses a limit that is not a number', async () => {
    const two = JSON.parse((await mini(['fact', 'dam', '--limit', '2', '--json'])).stdout);
    expect(two).toHaveLength(2);
    expect((await mini(['fact', 'dam', '--limit', 'x'])).code).toBe(2);
  });

  it('marks events and issues reached through a group in JSON', async () => {
    const events = JSON.parse((await mini(['timeline', '--country', 'ruritania', '--json'])).stdout);
    expect(events.map((e: { scope: string | null }) => e.scope)).toEqual([null, null, 'old-world']);
  });

  it('always gives the same link keys, and a source the number of records citing it', async () => {
    const { stdout } = await mini(['show', 'ada-vance', '--json']);
    expect(Object.keys(JSON.parse(stdout).links)).toEqual([
      'countries',
      'actors',
      'events',
      'issues',
      'claims',
    ]);
    const source = JSON.parse((await mini(['show', 'test-note', '--json'])).stdout);
    expect(source).toMatchObject({ type: 'source', cited_by: 11, links: { events: [] } });
  });
});

// The names issue 8 found resolving differently from place to place, in the built-in data.
describe('one way to name things', () => {
  const builtin = (args: string[]) => runCli(args);

  it('takes a person by surname, misspelt, in show and in --actor alike', async () => {
    const shown = await builtin(['show', 'mirziyoev', '--json']);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout).id).toBe('shavkat-mirziyoyev');
    expect(shown.stderr).toBe('note: "mirziyoev" taken as shavkat-mirziyoyev (matched "mirziyoyev")\n');
    const filtered = await builtin(['timeline', '--actor', 'mirziyoev', '--json']);
    expect(filtered.code).toBe(0);
    expect(filtered.stderr).toBe(shown.stderr);
    for (const event of JSON.parse(filtered.stdout))
      expect(event.actors.map((a: { id: string }) => a.id)).toContain('shavkat-mirziyoyev');
  });

  it('takes a given name for the one person who has it, not a country that looks alike', async () => {
    const { code, stdout, stderr } = await builtin(['show', 'Tahir', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).id).toBe('tahir-yuldashev');
    expect(stderr).toContain('taken as tahir-yuldashev');
  });

  it('suggests only names that resemble what was typed', async () => {
    const near = await builtin(['show', 'Tahr']);
    expect(near.code).toBe(4);
    expect(near.stderr).toContain('did you mean tahir-yuldashev?');
    expect(near.stderr).not.toMatch(/tajikistan|tapi/);
  });

  it('names the issues a word of their titles could mean, instead of suggesting nothing', async () => {
    const { code, stderr } = await builtin(['claims', '--issue', 'TAPI']);
    expect(code).toBe(4);
    expect(stderr).toMatch(/^car-brief: "TAPI" names more than one issue; use an id\n/);
    expect(stderr).toContain('tapi-standstill');
    expect(stderr).toContain('tapi-gas-tariff-dispute');
  });

  it('takes a clear misspelling of a --type, --kind or --status value with a note', async () => {
    const visits = await mini(['timeline', '--type', 'visits', '--json']);
    expect(visits.code).toBe(0);
    expect(visits.stderr).toBe('note: "visits" taken as visit\n');
    expect(JSON.parse(visits.stdout).map((e: { type: string }) => e.type)).toEqual(['visit', 'visit']);
    expect((await mini(['claims', '--kind', 'Report'])).code).toBe(0);
    expect((await mini(['claims', '--kind', 'opinion'])).code).toBe(2);
  });
});

// A country's lists hold what its brief holds, group-wide records marked with the group.
describe('scope is the same in every view', () => {
  type Cited = { id: string; scope: string | null; sources: { paragraph: number }[] };
  const json = async (args: string[]) => JSON.parse((await runCli([...args, '--json'])).stdout) as Cited[];

  it("a country's claims include the group-wide claims of its paragraph, marked with the group", async () => {
    // The paragraph of the article on the Pakistan–Tajikistan trust deficit.
    const paragraph = (await json(['claims'])).filter((c) => c.sources.some((s) => s.paragraph === 16));
    const tajikistan = await json(['claims', '--country', 'tajikistan']);
    const ids = tajikistan.map((c) => c.id);
    expect(paragraph.length).toBeGreaterThan(0);
    for (const claim of paragraph) expect(ids, claim.id).toContain(claim.id);
    const groupWide = tajikistan.filter((c) => c.scope !== null);
    expect(groupWide.length).toBeGreaterThan(0);
    expect(new Set(groupWide.map((c) => c.scope))).toEqual(new Set(['central-asian-republics']));
  });

  it("a country's group-wide claims leave out another country's claims on a shared issue", async () => {
    // The issue of defence ties confined to arms sales names the republics and Azerbaijan.
    const ids = (await json(['claims', '--country', 'uzbekistan'])).map((c) => c.id);
    expect(ids).toContain('car-cooperation-confined-to-outdated-equipment');
    expect(ids).not.toContain('azerbaijan-cooperation-confined-to-arms-sales');
    expect(ids).not.toContain('pakistan-azerbaijan-relationship-beyond-sales');
    const azerbaijan = (await json(['claims', '--country', 'azerbaijan'])).map((c) => c.id);
    expect(azerbaijan).toContain('azerbaijan-cooperation-confined-to-arms-sales');
    // ...and the republics' claims on that issue are not Azerbaijan's, nor one republic's another's.
    expect(azerbaijan).not.toContain('car-cooperation-confined-to-outdated-equipment');
    expect(azerbaijan).not.toContain('pakistan-pushes-super-mushak-sale-to-uzbekistan');
    const tajikistan = (await json(['claims', '--country', 'tajikistan'])).map((c) => c.id);
    expect(tajikistan).not.toContain('pakistan-pushes-super-mushak-sale-to-uzbekistan');
    expect(tajikistan).toContain('car-cooperation-confined-to-outdated-equipment');
  });

  it('TSV of claims carries the scope after the quote (then the support)', async () => {
    const tsv = lines((await runCli(['claims', '--country', 'tajikistan'])).stdout).map((l) => l.split('\t'));
    expect(tsv[0]!.slice(-4)).toEqual(['quote', 'scope', 'sources', 'independent']);
    expect(new Set(tsv.slice(1).map((row) => row.at(-3)))).toEqual(new Set(['', 'central-asian-republics']));
  });

  it.each(['claims', 'timeline'])(
    'a %s table marks group-wide rows with the group written out',
    async (command) => {
      const table = await runCli([command, '--country', 'tajikistan'], { tty: true, columns: 160 });
      const text = stripVTControlCharacters(table.stdout).replace(/\s+/g, ' ');
      expect(text).toContain('across the Central Asian republics');
      expect(text).not.toMatch(/\bCAR-wide\b/);
    },
  );
});

describe('car-brief show --paragraph', () => {
  // The fixture's source text, one paragraph per line, as the citation checks count them.
  const paragraphs = readFileSync(join(MINI, 'texts/note.txt'), 'utf8').split('\n');

  it("prints a source's paragraph n, in every format", async () => {
    const json = JSON.parse((await mini(['show', 'test-note', '--paragraph', '2', '--json'])).stdout);
    expect(json).toEqual([{ source: 'test-note', paragraph: 2, of: 4, text: paragraphs[1], quotes: [] }]);
    const tsv = lines((await mini(['show', 'test-note', '--paragraph', '2'])).stdout);
    expect(tsv).toEqual(['source\tparagraph\tof\ttext\tquotes', `test-note\t2\t4\t${paragraphs[1]}\t`]);
    const text = (await mini(['show', 'test-note', '--paragraph', '2', '--format', 'text'])).stdout;
    expect(text.replace(/\s+/g, ' ')).toContain(
      `Test note on Ruritania and Elbonia, ¶2 of 4: ${paragraphs[1]}`,
    );
  });

  it('prints the paragraphs a record cites, with its quotes', async () => {
    const json = JSON.parse((await mini(['show', 'Ada', 'Vance', '--paragraph', '--json'])).stdout);
    expect(json).toEqual([
      {
        source: 'test-note',
        paragraph: 2,
        of: 4,
        text: paragraphs[1],
        quotes: ['Elbonia’s foreign minister Ada Vance'],
      },
    ]);
    expect(paragraphs[1]).toContain(json[0].quotes[0]);
  });

  it('refuses a paragraph that does not exist or is not cited, and a source without a number', async () => {
    const missing = await mini(['show', 'test-note', '--paragraph', '9']);
    expect(missing).toMatchObject({ code: 4, stdout: '' });
    expect(missing.stderr).toBe('car-brief: paragraph 9 does not exist: "test-note" has 4\n');
    expect((await mini(['show', 'ada-vance', '--paragraph', '3'])).stderr).toBe(
      'car-brief: ada-vance does not cite paragraph 3; it cites 2\n',
    );
    for (const argv of [
      ['show', 'test-note', '--paragraph'],
      ['show', 'test-note', '--paragraph', '0'],
      ['show', 'test-note', '--paragraph', 'two'],
    ])
      expect((await mini(argv)).code, argv.join(' ')).toBe(2);
  });
});
