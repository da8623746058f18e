import { describe, expect, it } from 'vitest';
import type { DatedEvent } from '../../src/query/lists.js';
import { timelineDocument, timelineJson, type TimelineSlide } from '../../src/views/timeline/timelinejs.js';
import { datedEvent } from '../mermaid-timeline.js';

// What TimelineJS 3 requires of the JSON it loads (TimelineConfig.validate and TL.Date): a list
// of events, each with a start_date whose year (and month, day) are numbers, an end_date that is
// not before it, and a unique_id (slugified: a kebab-case id stays as it is). headline and text
// are HTML.

/** The problems TimelineJS would find with a slide: none for a good one. */
function slideProblems(slide: TimelineSlide): string[] {
  const problems: string[] = [];
  const date = (which: 'start_date' | 'end_date') => {
    const d = slide[which];
    if (!d) return;
    if (!Number.isInteger(d.year)) problems.push(`${which}.year is not a number`);
    if (d.month !== undefined && !(Number.isInteger(d.month) && d.month >= 1 && d.month <= 12))
      problems.push(`${which}.month is not 1-12`);
    if (d.day !== undefined && (d.month === undefined || !(d.day >= 1 && d.day <= 31)))
      problems.push(`${which}.day is not a day of its month`);
  };
  if (!slide.start_date) problems.push('missing start_date');
  date('start_date');
  date('end_date');
  const key = (d: { year: number; month?: number; day?: number }) =>
    d.year * 10_000 + (d.month ?? 1) * 100 + (d.day ?? 1);
  if (slide.end_date && key(slide.end_date) < key(slide.start_date))
    problems.push('end_date before start_date');
  if (!/^[a-z0-9-]+$/.test(slide.unique_id)) problems.push('unique_id changes when slugified');
  if (!slide.text.headline) problems.push('no headline');
  return problems;
}

const document = (events: DatedEvent[], title?: string) =>
  timelineDocument(
    events,
    ({ record }) => record.countries.slice(0, 1),
    (id) => id,
    title === undefined ? undefined : { headline: title },
  );

describe('timelineDocument', () => {
  it.each([
    ['199X', {}, { year: 1990 }, { year: 1999 }, '1990s'],
    ['2019', {}, { year: 2019 }, undefined, undefined],
    [
      '2024-07-10/2024-07-11',
      {},
      { year: 2024, month: 7, day: 10 },
      { year: 2024, month: 7, day: 11 },
      undefined,
    ],
    [
      '2024-05/2024-12',
      { date_basis: 'inferred', date_note: 'n' },
      { year: 2024, month: 5 },
      { year: 2024, month: 12 },
      'May–Dec 2024 (date inferred)',
    ],
    ['2024-07/..', { status: 'planned' }, { year: 2024, month: 7 }, undefined, 'from Jul 2024 (planned)'],
    ['../2024-07', {}, { year: 2024, month: 7 }, undefined, 'until Jul 2024'],
    ['2024-05?', {}, { year: 2024, month: 5 }, undefined, 'May 2024?'],
    // A season to the months the compiled span gives it (the edtf package's: spring is Jan–Mar).
    ['2024-21', {}, { year: 2024, month: 1 }, { year: 2024, month: 3 }, 'spring 2024'],
  ] as const)('dates %s %o from %o to %o, shown as %s', (date, fields, start, end, display) => {
    const [slide] = document([datedEvent({ date, ...fields })]).events;
    expect(slide!.start_date).toEqual(start);
    expect(slide!.end_date).toEqual(end);
    expect(slide!.display_date).toBe(display);
    expect(slideProblems(slide!)).toEqual([]);
  });

  it('writes slides TimelineJS loads: dates as numbers, unique ids, a group, HTML-escaped text', () => {
    const events = [
      datedEvent({ id: 'a', date: '2023-06-04/2023-06-05', title: '<script>alert(1)</script> & co' }),
      datedEvent({ id: 'b', date: '2021-03', countries: ['elbonia'], summary: 'Signed <b>here</b>.' }),
    ];
    const doc = document(events, 'Ruritania & Elbonia');
    expect(doc.title).toEqual({ text: { headline: 'Ruritania &amp; Elbonia', text: '' } });
    expect(doc.events.map(slideProblems)).toEqual([[], []]);
    expect(new Set(doc.events.map((s) => s.unique_id)).size).toBe(2);
    expect(doc.events.map((s) => s.group)).toEqual(['ruritania', 'elbonia']);
    expect(doc.events[0]!.text.headline).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(doc.events[1]!.text.text).toBe('<p>Signed &lt;b&gt;here&lt;/b&gt;.</p><p>Source: note ¶1</p>');
  });

  it('shows an event of several countries in the row of each, under ids that stay unique', () => {
    const event = datedEvent({ id: 'treaty', date: '2021', countries: ['ruritania', 'elbonia'] });
    const doc = timelineDocument(
      [event],
      ({ record }) => record.countries,
      (id) => id.toUpperCase(),
      { headline: 'Water', lines: ['A <b>dataset</b>', '1 event'] },
    );
    expect(doc.events.map((s) => [s.unique_id, s.group])).toEqual([
      ['treaty', 'RURITANIA'],
      ['treaty--elbonia', 'ELBONIA'],
    ]);
    expect(doc.events.map(slideProblems)).toEqual([[], []]);
    expect(doc.title).toEqual({
      text: { headline: 'Water', text: '<p>A &lt;b&gt;dataset&lt;/b&gt;</p><p>1 event</p>' },
    });
  });

  it('is written as the JSON of the document, a slide at a time', () => {
    for (const events of [
      [],
      [datedEvent({ date: '2019' })],
      [datedEvent({ date: '2019' }), datedEvent({ date: '2020', id: 'b' })],
    ]) {
      for (const title of [undefined, 'Title']) {
        const doc = document(events, title);
        const text = [...timelineJson(doc)].join('');
        expect(text).toBe(JSON.stringify(doc, null, 2) + '\n');
      }
    }
  });
});
