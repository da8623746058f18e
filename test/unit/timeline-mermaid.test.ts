import { describe, expect, it } from 'vitest';
import { mermaidText, mermaidTimeline } from '../../src/views/timeline/mermaid.js';
import { datedEvent, parseMermaidTimeline } from '../mermaid-timeline.js';

// The Mermaid timeline is checked by reading it back as Mermaid's grammar does (see
// mermaid-timeline.ts): every event must come back under its date, whatever its title holds.

const name = (id: string) => ({ car: 'Central Asian republics' })[id] ?? id;
const text = (events: Parameters<typeof mermaidTimeline>[0], title?: string) =>
  [...mermaidTimeline(events, name, title)].join('');

describe('mermaidTimeline', () => {
  it('puts each event under a section for its year and a period for its date', () => {
    const events = [
      datedEvent({
        id: 'a',
        date: '199X',
        title: 'Pushed out',
        date_note: "the article says 'the late 1990s'",
      }),
      datedEvent({ id: 'b', date: '2019', title: 'Aircraft sold' }),
      datedEvent({
        id: 'c',
        date: '2024-05/2024-12',
        title: 'Flights',
        date_basis: 'inferred',
        date_note: 'n',
      }),
      datedEvent({
        id: 'd',
        date: '2024-05/2024-12',
        title: 'Students left',
        date_basis: 'inferred',
        date_note: 'n',
      }),
      datedEvent({ id: 'e', date: '2024-07/..', title: 'Visit', status: 'planned' }),
    ];
    expect(parseMermaidTimeline(text(events, 'Kyrgyzstan'))).toEqual({
      title: 'Kyrgyzstan',
      sections: [
        {
          name: '1990s',
          periods: [{ period: "1990s (the article says 'the late 1990s')", events: ['Pushed out'] }],
        },
        { name: '2019', periods: [{ period: '2019', events: ['Aircraft sold'] }] },
        {
          name: '2024',
          periods: [
            { period: 'May–Dec 2024 (date inferred)', events: ['Flights', 'Students left'] },
            { period: 'from Jul 2024 (planned)', events: ['Visit'] },
          ],
        },
      ],
    });
  });

  it('keeps a title with Mermaid syntax in it as text', () => {
    const titles = [
      'Talks: round 2',
      'Deal #2; signed',
      '50%% of it %%{init: {}}%%',
      'a <br> line & <b>bold</b>',
      'title section timeline',
      ': starts with a colon',
      'two\nlines\u2028and a separator',
      'accTitle: not one',
      'ends with a colon:',
      '#35; an entity code',
      'R&amp;D &#58; spending',
    ];
    const events = titles.map((title, i) => datedEvent({ id: `e${i}`, date: `20${10 + i}`, title }));
    const parsed = parseMermaidTimeline(text(events, 'A: title # with; syntax %%'));
    expect(parsed.title).toBe('A: title # with; syntax %%');
    expect(parsed.sections.flatMap((s) => s.periods.flatMap((p) => p.events))).toEqual(
      titles.map((title) => title.replace('\u2028', '\\u2028').replace(/\s+/g, ' ')),
    );
  });

  it('starts a section for an open start and keeps an event reached through a group marked', () => {
    const events = [datedEvent({ date: '../2024-07', title: 'Talks' }, 'car')];
    expect(parseMermaidTimeline(text(events)).sections).toEqual([
      {
        name: 'until 2024',
        periods: [{ period: 'until Jul 2024', events: ['Talks (across the Central Asian republics)'] }],
      },
    ]);
  });

  it('writes an empty timeline Mermaid still reads', () => {
    expect(parseMermaidTimeline(text([]))).toEqual({ sections: [] });
  });

  it('writes text that reads back as itself in a period and a section name too', () => {
    const hostile = 'a: b # c; d %% e <br> f & g';
    const source = `timeline\n    section ${mermaidText(hostile)}\n        ${mermaidText(hostile)} : x\n`;
    expect(parseMermaidTimeline(source).sections).toEqual([
      { name: hostile, periods: [{ period: hostile, events: ['x'] }] },
    ]);
  });

  it('escapes control characters and folds line breaks, as every output does', () => {
    expect(mermaidText('a\u001b[2J\nb')).toBe('a\\x1b[2J b');
  });
});
