import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { citationsOf, type CitationSite } from '../../src/edit/reanchor/citations.js';
import { editInPlace } from '../../src/edit/reanchor/inplace.js';
import { scannedSites } from '../../src/edit/reanchor/locate.js';
import { rewriteFile, withEdits, type FileEdit } from '../../src/edit/reanchor/rewrite.js';
import { scanCollection } from '../../src/edit/reanchor/scan.js';

// The scan that finds citations without building a YAML document (scan.ts, locate.ts) and the
// edits made where it found them (inplace.ts): whatever it reads and the parsed records confirm
// is what the YAML parser reads; what it changes reads back, parsed, as the records with exactly
// the edits; and what it cannot read, it gives up on (the file is then parsed).

const SOURCE = 'dam-2024';

/** Text as quotes are (mostly words), now and then with what YAML gives a meaning to. */
const TEXT = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z][a-z ’é.,()-]{0,24}[a-z.)]$/) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom(
        'a',
        ' ',
        ':',
        '#',
        '"',
        "'",
        '\\',
        '-',
        '\n',
        '\t',
        'é',
        '’',
        '{',
        '&',
        '*',
        '!',
        '|',
        '>',
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom('true', '12', '1e3', 'null', 'a: b', ' padded ', 'x #y', '- z') },
);

const file = (text: string) => ({
  path: '/d/claims.yaml',
  display: 'claims.yaml',
  collection: 'claims' as const,
  text,
});

/** The fields a site is shown and written by. */
const shown = (sites: readonly CitationSite[]) =>
  sites.map((s) => [s.record, s.field, s.line, s.path, s.paragraph, s.quote, s.siblings, s.aliased]);

/** The citations of SOURCE by scanning, confirmed by the records the YAML parser reads; undefined when the scan gives up or disagrees. */
function scanned(text: string) {
  const records = scanCollection(text);
  if (!records) return undefined;
  const parsed = parse(text) as object[];
  if (records.length !== parsed.length) return undefined;
  return scannedSites(SOURCE, file(text), records, (r) => (cites(parsed[r]) ? parsed[r] : undefined));
}

function cites(record: unknown): boolean {
  const { sources = [], disagreements = [] } = record as {
    sources?: { source: string }[];
    disagreements?: { passages: { source: string }[] }[];
  };
  return [sources, ...disagreements.map((d) => d.passages)].some((list) =>
    list.some((c) => c.source === SOURCE),
  );
}

const CLAIMS = `# Claims.

- id: dam-finished
  statement: "The dam was finished: - source: dam-2024"
  summary: |
    sources:
      - source: dam-2024
        paragraph: 9
  sources:
    - source: dam-2024
      paragraph: 2
      quote: "finished in 2019 \\"on time\\""
    - source: other-2020
      paragraph: 1
      quote: "something else"
    - source: dam-2024
      paragraph: 3   # odd
      quote: 'a third, it''s said'

- id: talks
  statement: Talks resumed.
  disagreements:
    - about: >-
        When.
      passages:
        - source: dam-2024
          paragraph: 4
          quote: Talks between the two ministers resumed
        - source: other-2020
          paragraph: 2
          quote: "They did not"
  sources:
    - source: dam-2024
      paragraph: 5
      quote: "Talks \\u00e9"
`;

describe('scanning a collection file for citations', () => {
  it('finds what the YAML parser finds, with the same lines and paths', () => {
    const sites = scanned(CLAIMS);
    expect(sites).toBeDefined();
    expect(shown(sites!)).toEqual(shown(citationsOf(SOURCE, [file(CLAIMS)])));
    expect(shown(sites!).map(([record, field, line]) => [record, field, line])).toEqual([
      ['dam-finished', 'sources[0]', 10],
      ['dam-finished', 'sources[2]', 16],
      ['talks', 'sources[0]', 33],
      ['talks', 'disagreements[0].passages[0]', 26],
    ]);
  });

  it('reads Windows line breaks, comments and blank lines between items', () => {
    const crlf = CLAIMS.replaceAll('\n', '\r\n');
    expect(shown(scanned(crlf)!)).toEqual(shown(citationsOf(SOURCE, [file(crlf)])));
    const commented = CLAIMS.replace(
      '    - source: other-2020',
      '\n    # another source\n    - source: other-2020',
    );
    expect(shown(scanned(commented)!)).toEqual(shown(citationsOf(SOURCE, [file(commented)])));
  });

  it.each([
    [
      'a quote over several lines',
      CLAIMS.replace('quote: Talks between', 'quote: Talks\n            between'),
    ],
    [
      'a quote as a block scalar',
      CLAIMS.replace('quote: Talks between', 'quote: >-\n            Talks between'),
    ],
    ['a YAML escape JSON does not have', CLAIMS.replace('Talks \\u00e9', 'Talks \\x41')],
    [
      'a citation by alias',
      CLAIMS.replace('- source: dam-2024\n      paragraph: 5', '- &c source: dam-2024\n      paragraph: 5'),
    ],
    [
      'a list in brackets',
      CLAIMS.replace(
        / {2}sources:\n {4}- source: dam-2024\n {6}paragraph: 5\n {6}quote: "Talks \\u00e9"\n/,
        '  sources: [{source: dam-2024, paragraph: 5, quote: "Talks"}]\n',
      ),
    ],
    [
      '"-" alone on its line',
      CLAIMS.replace(
        '    - source: dam-2024\n      paragraph: 5',
        '    -\n      source: dam-2024\n      paragraph: 5',
      ),
    ],
  ])('gives up on %s (the file is parsed instead)', (_, text) => {
    expect(parse(text)).toBeTruthy();
    expect(scanned(text)).toBeUndefined();
  });

  it.each([
    ['a document marker', `---\n${CLAIMS}`],
    [
      'a list at its key’s own indent',
      CLAIMS.replace(
        '  sources:\n    - source: dam-2024\n      paragraph: 5\n      quote: "Talks \\u00e9"',
        '  sources:\n  - source: dam-2024\n    paragraph: 5\n    quote: "Talks"',
      ),
    ],
    ['a record by anchor', CLAIMS.replace('- id: talks', '- &t id: talks')],
    ['a quoted key', CLAIMS.replace('- id: talks', '- "id": talks')],
  ])('does not read a file with %s', (_, text) => {
    expect(parse(text)).toBeTruthy();
    expect(scanCollection(text)).toBeUndefined();
  });

  it('agrees with the YAML parser wherever it reads, on files written every way', () => {
    const text = TEXT;
    const citation = fc.record({
      source: fc.constantFrom(SOURCE, 'other-2020'),
      paragraph: fc.integer({ min: 1, max: 40 }),
      quote: text,
    });
    const record = fc.record(
      {
        id: fc.constantFrom('a', 'b-2', 'null', '"q"'),
        statement: text,
        sources: fc.array(citation, { minLength: 1, maxLength: 3 }),
        disagreements: fc.array(
          fc.record({ about: text, passages: fc.array(citation, { minLength: 2, maxLength: 3 }) }),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: ['id', 'sources'] },
    );
    const options = fc.record({
      defaultStringType: fc.constantFrom('PLAIN', 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED'),
      lineWidth: fc.constantFrom(0, 20, 80),
      indentSeq: fc.boolean(),
      indent: fc.constantFrom(2, 4),
      doubleQuotedAsJSON: fc.boolean(),
      collectionStyle: fc.constantFrom('any', 'block', 'block', 'flow'),
    } as const);
    let read = 0;
    fc.assert(
      fc.property(fc.array(record, { maxLength: 4 }), options, (records, how) => {
        const yaml = stringify(records, how);
        const sites = scanned(yaml);
        if (!sites) return;
        expect(shown(sites)).toEqual(shown(citationsOf(SOURCE, [file(yaml)])));
        if (sites.length > 0) read++;
      }),
      { numRuns: 400, seed: 20261207 },
    );
    // (Not only files it gives up on.)
    expect(read).toBeGreaterThan(30);
  });
});

describe('editing in place where the scan found the citations', () => {
  const held = parse(CLAIMS) as unknown[];
  const inPlace = (text: string, edits: FileEdit[]) => {
    const sites = scanned(text)!;
    const records = parse(text) as unknown[];
    return editInPlace({ file: file(text), slots: [] }, sites, edits, records, SOURCE);
  };

  it('writes what the YAML document path writes, and the records the text then holds', () => {
    const edits: FileEdit[] = [
      { kind: 'cite', path: [0, 'sources', 0], paragraph: 3, quote: 'finished “in” 2019' },
      { kind: 'cite', path: [0, 'sources', 2], paragraph: 4, quote: "a third, it's: said" },
      { kind: 'remove', path: [1, 'disagreements', 0, 'passages', 0] },
      { kind: 'cite', path: [1, 'sources', 0], paragraph: 6, quote: 'Talks é' },
    ];
    const done = inPlace(CLAIMS, edits);
    expect(done).toBeDefined();
    expect(done!.text).toBe(rewriteFile(CLAIMS, edits));
    expect(parse(done!.text)).toEqual(withEdits(structuredClone(held), edits));
    expect(done!.records).toEqual(withEdits(structuredClone(held), edits));
  });

  it('leaves to the YAML document path what it cannot make safely', () => {
    // A citation with a comment line among its lines is not taken out by lines here.
    const commented = CLAIMS.replace('      paragraph: 3   # odd\n', '      paragraph: 3\n      # odd\n');
    expect(inPlace(commented, [{ kind: 'remove', path: [0, 'sources', 2] }])).toBeUndefined();
    expect(inPlace(CLAIMS, [{ kind: 'remove', path: [0, 'sources', 2] }])?.text).toBe(
      rewriteFile(CLAIMS, [{ kind: 'remove', path: [0, 'sources', 2] }]),
    );
    // A path the scan did not find.
    expect(
      inPlace(CLAIMS, [{ kind: 'cite', path: [0, 'sources', 1], paragraph: 2, quote: 'x' }]),
    ).toBeUndefined();
  });

  it('reads back, parsed, as the records with exactly the edits, on files written every way', () => {
    const text = TEXT;
    const citation = fc.record({
      source: fc.constant(SOURCE),
      paragraph: fc.integer({ min: 1, max: 40 }),
      quote: text,
    });
    const records = fc.array(
      fc.record({
        id: fc.constantFrom('a', 'b'),
        sources: fc.array(citation, { minLength: 2, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 3 },
    );
    const options = fc.record({
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
      indentSeq: fc.boolean(),
    } as const);
    let edited = 0;
    let made = 0;
    fc.assert(
      fc.property(records, options, fc.nat(), text, (list, how, pick, quote) => {
        const yaml = stringify(list, { ...how, lineWidth: 0 });
        const sites = scanned(yaml);
        if (!sites || sites.length === 0) return;
        const site = sites[pick % sites.length]!;
        edited++;
        for (const edit of [
          { kind: 'cite', path: site.path, paragraph: site.paragraph + 1, quote },
          { kind: 'remove', path: site.path },
        ] as FileEdit[]) {
          const done = inPlace(yaml, [edit]);
          if (!done) continue;
          expect(parse(done.text)).toEqual(withEdits(parse(yaml), [edit]));
          expect(done.records).toEqual(withEdits(parse(yaml), [edit]));
          made++;
        }
      }),
      { numRuns: 300, seed: 20261207 },
    );
    expect([edited, made].every((n) => n > 30)).toBe(true);
  });
});
