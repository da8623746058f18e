import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Output } from '../../src/output/io.js';
import { displayWidth } from '../../src/output/wrap.js';
import type { DatedEvent } from '../../src/query/lists.js';
import { timeAxis } from '../../src/views/timeline/axis.js';
import { timelineChart, type ChartInput } from '../../src/views/timeline/chart.js';
import { Buffer } from '../helpers.js';
import { datedEvent } from '../mermaid-timeline.js';

// The chart: a lane per country, time left to right, never wider than the output; plain ASCII
// unless it goes to a colour terminal.

const EVENTS: DatedEvent[] = [
  datedEvent({ id: 'a', date: '199X', countries: ['car', 'afghanistan'] }),
  datedEvent({ id: 'b', date: '2019', countries: ['azerbaijan', 'pakistan'] }),
  datedEvent({ id: 'c', date: '2024-05', countries: ['kyrgyzstan'], date_basis: 'inferred', date_note: 'n' }),
  datedEvent({ id: 'd', date: '2024-07/..', countries: ['uzbekistan', 'pakistan'], status: 'planned' }),
  datedEvent({ id: 'e', date: '2024-07-10/2024-07-11', countries: ['turkmenistan', 'pakistan'] }),
  datedEvent({ id: 'f', date: '2024-09', countries: ['azerbaijan', 'pakistan'] }),
];
const NAMES: Record<string, string> = {
  car: 'Central Asian republics',
  afghanistan: 'Afghanistan',
  azerbaijan: 'Azerbaijan',
  kyrgyzstan: 'Kyrgyzstan',
  uzbekistan: 'Uzbekistan',
  turkmenistan: 'Turkmenistan',
  pakistan: 'Pakistan',
};

const input = (events = EVENTS, names = NAMES): ChartInput => ({
  events,
  name: (id) => names[id] ?? id,
  lanes: (event) => event.countries.filter((id) => id !== 'pakistan'),
  hub: 'pakistan',
});

function output(columns: number, terminal: boolean): Output {
  const style = new Chalk({ level: terminal ? 1 : 0 });
  return { stdout: new Buffer(), stderr: new Buffer(), isTTY: terminal, style, errStyle: style, columns };
}

const chart = (columns: number, terminal = false, chartInput = input()) =>
  [...timelineChart(chartInput, output(columns, terminal))].join('').split('\n').slice(0, -1);

describe('timelineChart', () => {
  it('is never wider than the output, on a terminal or not, at any width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.boolean(), (columns, terminal) => {
        for (const line of chart(columns, terminal)) {
          expect(displayWidth(stripVTControlCharacters(line)), JSON.stringify(line)).toBeLessThanOrEqual(
            columns,
          );
        }
      }),
    );
  });

  it('fits names of any width, wide characters too', () => {
    const names = { ...NAMES, azerbaijan: '阿塞拜疆共和国'.repeat(20), kyrgyzstan: 'K'.repeat(500) };
    for (const columns of [1, 2, 3, 7, 20, 41, 80]) {
      for (const line of chart(columns, true, input(EVENTS, names))) {
        expect(displayWidth(stripVTControlCharacters(line)), JSON.stringify(line)).toBeLessThanOrEqual(
          columns,
        );
      }
    }
  });

  it('shortens a lane name after a whole word', () => {
    const lanes = chart(60).map((line) => line.slice(0, 18).trim());
    expect(lanes).toContain('Central Asian.');
    expect(chart(60, true).map((line) => line.slice(0, 18).trim())).toContain('Central Asian…');
  });

  it('draws a lane per country, by name, leaving out the hub and saying so', () => {
    const lines = chart(80);
    const lanes = lines.slice(0, 6).map((line) => line.slice(0, 24).trim());
    expect(lanes).toEqual([
      'Afghanistan',
      'Azerbaijan',
      'Central Asian republics',
      'Kyrgyzstan',
      'Turkmenistan',
      'Uzbekistan',
    ]);
    expect(lines.at(-1)).toBe('Pakistan, named by nearly every event, has no lane of its own');
  });

  it('keeps open ends and uncertain dates visible, in plain ASCII off a terminal', () => {
    const lines = chart(80);
    const lane = (name: string) => lines.find((line) => line.startsWith(name))!.slice(24);
    expect(lane('Uzbekistan').trim()).toMatch(/^o~+>$/); // planned, open end
    expect(lane('Uzbekistan')).toHaveLength(80 - 24); // the arrow at the right edge
    expect(lane('Kyrgyzstan').trim()).toMatch(/^\?~*$/); // date inferred
    expect(lane('Central Asian republics').trim()).toMatch(/^\?~+$/); // 199X: some time in the decade
    expect(lane('Turkmenistan').trim()).toMatch(/^\*=*$/); // two stated days
    expect(lines.join('\n')).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('puts time left to right: a later event further right in its lane', () => {
    const lane = chart(80).find((line) => line.startsWith('Azerbaijan'))!;
    const marks = [...lane.matchAll(/\*/g)].map((m) => m.index);
    expect(marks).toHaveLength(2); // 2019, then Sep 2024
    expect(marks[0]).toBeLessThan(marks[1]!);
  });

  it('draws with Unicode marks and colour on a colour terminal', () => {
    const text = chart(80, true).join('\n');
    expect(text).toContain('○');
    expect(text).toContain('▸');
    expect(stripVTControlCharacters(text)).not.toBe(text);
  });

  it('counts events that fall on one mark', () => {
    const same = [datedEvent({ id: 'x', date: '2024-05' }), datedEvent({ id: 'y', date: '2024-05' })];
    const lines = chart(60, false, { ...input(same), lanes: () => ['kyrgyzstan'] });
    expect(lines[0]).toMatch(/^Kyrgyzstan +2/);
    expect(lines.join('\n')).toContain('2-9 events at one mark');
    const many = Array.from({ length: 12 }, (_, i) => datedEvent({ id: `e${i}`, date: '2024-05' }));
    const crowded = chart(60, false, { ...input(many), lanes: () => ['kyrgyzstan'] });
    expect(crowded[0]).toMatch(/^Kyrgyzstan +#/);
    expect(crowded.join('\n')).toContain('2-9, # 10 or more events at one mark');
  });

  it('escapes a lane name from the data', () => {
    const names = { ...NAMES, kyrgyzstan: 'Kyrgyz\u001b[2J\u202eistan' };
    const text = chart(120, false, input(EVENTS, names)).join('\n');
    expect(text).toContain('Kyrgyz\\x1b[2J\\u202eistan ');
  });
});

describe('timeAxis', () => {
  it('maps later instants to columns no further left, within the width', () => {
    const instants = EVENTS.flatMap(({ span }) => [span.start, span.end]).filter(Number.isFinite);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (width) => {
        const axis = timeAxis(instants, new Set([2024]), width);
        const columns = [...instants].sort((a, b) => a - b).map((t) => axis.column(t));
        columns.forEach((column, i) => {
          expect(column).toBeGreaterThanOrEqual(i === 0 ? 0 : columns[i - 1]!);
          expect(column).toBeLessThan(width);
        });
        for (const [x, text] of axis.labels) expect(x + text.length).toBeLessThanOrEqual(width);
      }),
    );
  });
});
