import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft, disagrees } from '../../src/factcheck/check-draft.js';
import { draftSentences } from '../../src/factcheck/draft.js';
import { dateMentions, figureMentions } from '../../src/factcheck/mentions.js';
import { BUILTIN, ROOT, load } from '../helpers.js';

const dataset = await load(BUILTIN);
const drafts = join(ROOT, 'test/fixtures/drafts');
const kinds = (draft: string) =>
  checkDraft(dataset, draft).findings.map((f) => `${f.line}:${f.column} ${f.kind}`);

describe('figureMentions', () => {
  const figures = (text: string) =>
    figureMentions(text).map((f) => [f.value, [f.unit?.name ?? '', ...f.counted].join(' ').trim()]);

  it('reads a compound number word as one number, hyphenated or not', () => {
    expect(figures('It would carry thirty-three bcm per annum.')).toEqual([[33, 'bcm']]);
    expect(figures('It would carry thirty three bcm per annum.')).toEqual([[33, 'bcm']]);
    expect(figures('Some twenty-five students left.')).toEqual([[25, 'students left']]);
    expect(figures('Five hundred and forty Pakistani students left.')).toEqual([
      [540, 'pakistani students left'],
    ]);
  });

  it('takes a day before a month for part of a date, not a figure', () => {
    expect(figures('The DG ISI visited Ashgabat on 12 July 2024.')).toEqual([]);
    expect(dateMentions('on 10-11 July 2024').map((d) => [d.month, d.year])).toEqual([[7, 2024]]);
  });

  it('reads numbers however a writer writes them', () => {
    expect(figures('the 1,735 km pipeline')).toEqual([[1735, 'km pipeline']]);
    expect(figures('it runs 1735 kilometres.')).toEqual([[1735, 'km']]);
    expect(figures('Baku bought ten aircraft')).toEqual([[10, 'aircraft']]);
    expect(figures('12 JF-17C and three JF-17B aircraft')).toEqual([
      [12, 'jf-17c'],
      [3, 'jf-17b aircraft'],
    ]);
    expect(figures('over 20% of its gas; 2.5 million tonnes')).toEqual([
      [20, '%'],
      [2500000, 'tonnes'],
    ]);
    expect(figures('33 billion cubic metres of gas')).toEqual([[33, 'bcm']]);
    expect(figures('thirty-three billion cubic metres of gas')).toEqual([[33, 'bcm']]);
  });

  it('leaves out years, dates, ordinals, numbers in names and a lone "one"', () => {
    expect(
      figures('In 2019 the JF-17 and the KAAN 5th generation aircraft, on July 10-11, one of them'),
    ).toEqual([]);
  });
});

describe('dateMentions', () => {
  it('reads months with and without a year, and years', () => {
    const dates = (text: string) => dateMentions(text).map((d) => [d.month, d.year, d.text]);
    expect(dates('in September 2024 and in 2019')).toEqual([
      [9, 2024, 'September 2024'],
      [undefined, 2019, '2019'],
    ]);
    expect(dates('on July 10-11 it was')).toEqual([[7, undefined, 'July 10-11']]);
    expect(dates('Baku may buy it, in May')).toEqual([[5, undefined, 'May']]);
  });
});

describe('draftSentences', () => {
  it('finds sentences with their line and column, skipping headings, code and front matter', () => {
    const draft =
      '---\ntitle: x\n---\n# Heading\n\nOne sentence here. Another one\nruns on.\n\n```\ncode. Not read.\n```\n- **A** list item.\n';
    expect(draftSentences(draft).map((s) => [s.line, s.column, s.text])).toEqual([
      [6, 1, 'One sentence here.'],
      [6, 20, 'Another one runs on.'],
      [12, 5, 'A list item.'],
    ]);
  });
});

describe('draftSentences on a long draft', () => {
  it('reads a paragraph of 200,000 sentences (more than one call can take as arguments)', () => {
    const sentences = draftSentences('Yes. '.repeat(200_000));
    expect(sentences).toHaveLength(200_000);
    expect(sentences.at(-1)).toMatchObject({ line: 1, column: 5 * 199_999 + 1, text: 'Yes.' });
  });
});

describe('checkDraft', () => {
  it('finds nothing wrong in a faithful draft (figures written differently included)', () => {
    const result = checkDraft(dataset, readFileSync(join(drafts, 'faithful.md'), 'utf8'));
    expect(result.findings).toEqual([]);
    expect(result.sentences.every((s) => s.records.length > 0)).toBe(true);
  });

  it('ties a figure to a measure by the words writers use for it (long: length, carry: capacity)', () => {
    const kinds = (text: string) => checkDraft(dataset, text).findings.map((f) => `${f.kind} ${f.record}`);
    expect(kinds('TAPI is 1,900 km long.')).toEqual(['figure-disagrees tapi-length-and-capacity']);
    expect(kinds('TAPI will carry 44 bcm per annum.')).toEqual(['figure-disagrees tapi-length-and-capacity']);
    expect(kinds('TAPI is 1735 kilometres long and will carry thirty-three bcm per annum.')).toEqual([]);
  });

  it('finds each kind of problem where it is', () => {
    const result = checkDraft(dataset, readFileSync(join(drafts, 'problems.md'), 'utf8'));
    expect(
      result.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.kind} ${f.record ?? ''}`),
    ).toEqual([
      '3:5 error figure-disagrees tapi-length-and-capacity',
      '5:4 error date-disagrees azerbaijan-buys-super-mushak-2019',
      '7:32 error date-disagrees dg-isi-visit-turkmenistan-2024-07',
      '9:16 error planned-as-done coas-munir-planned-visit-central-asia',
      '11:25 warning figure-unsourced ',
      '13:1 warning firmer-than-source wariness-of-alleged-militant-support',
      '15:5 warning firmer-than-source turkmen-pressed-munir-on-tapi-laws',
    ]);
    expect(disagrees(result)).toBe(true);
    const pipeline = result.findings[0]!;
    expect(pipeline).toMatchObject({
      paragraph: 2,
      quote: 'the 1735 km, 33 bcm per annum TAPI Gas Pipeline Project',
    });
    expect(pipeline.message).toContain('1,735 km');
  });

  it('finds a figure that disagrees with the one of its model, and not with another model', () => {
    expect(kinds('In September 2024 Azerbaijan agreed to buy 14 JF-17C aircraft.')).toEqual([
      '1:44 figure-disagrees',
    ]);
    expect(kinds('In September 2024 Azerbaijan agreed to buy three JF-17B aircraft.')).toEqual([]);
    // A sum of two of the source's figures is not measured against a figure of another aircraft.
    expect(
      kinds('In September 2024 Baku agreed to buy fifteen JF-17 aircraft, twelve JF-17C and three JF-17B.'),
    ).toEqual([]);
  });

  it('reads a figure the source gives as "over" as a bound: a weaker bound fits, a stronger one is unsupported', () => {
    expect(kinds("Pakistan's reliance on imported LNG exceeds 20 per cent.")).toEqual([]);
    expect(kinds("Pakistan's reliance on imported LNG is more than a fifth.")).toEqual([]);
    expect(kinds("Pakistan's reliance on imported LNG exceeds 25%.")).toEqual(['1:45 figure-unsupported']);
    expect(kinds("Pakistan's reliance on imported LNG is 15%.")).toEqual(['1:40 figure-disagrees']);
  });

  it('keeps an attributed or hedged statement, and a planned visit told as planned', () => {
    expect(
      kinds("Central Asian nations are wary of Pakistan's alleged support for certain militant groups."),
    ).toEqual([]);
    expect(
      kinds(
        "Media reports say the Turkmen side impressed on COAS Munir the need to push for amendments to Pakistan's domestic laws.",
      ),
    ).toEqual([]);
    expect(kinds('Gen Asim Munir is scheduled to visit Tashkent in the coming months.')).toEqual([]);
  });

  it('raises no disagreement on the source article itself', () => {
    const article = readFileSync(join(BUILTIN, 'texts/pak-car-analysis-2024.txt'), 'utf8');
    const result = checkDraft(dataset, article);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.findings.filter((f) => f.kind === 'figure-unsourced')).toEqual([]);
  });

  it('reads a figure in the thousands or millions that no record gives (a grouped number in a pattern failed)', () => {
    expect(kinds('The TAPI pipeline would cost 7.5 billion dollars, or 7,500 million.')).toEqual([
      '1:30 figure-unsourced',
      '1:54 figure-unsourced',
    ]);
  });

  it('says nothing about sentences it cannot tie to a record', () => {
    const result = checkDraft(dataset, 'The weather was 30 degrees in 1999. Nobody knows.');
    expect(result.findings).toEqual([]);
    expect(result.sentences.map((s) => s.records)).toEqual([[], []]);
  });
});
