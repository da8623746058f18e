import { edtfSpan } from '../src/load/check/edtf.js';
import type { Event } from '../src/model/records.js';
import type { DatedEvent } from '../src/query/lists.js';

// Mermaid reads a timeline as its parser does (timeline.jison, mermaid 10–11): directives
// (%%{init: ...}%%) are taken out of the whole text first, wherever they are; the entity codes are
// encoded (mermaidAPI's encodeEntities); then the lexer's rules are tried in order, the first
// that matches taking its text (jison's default), case-insensitively. Labels are HTML, where
// <br> breaks a line. Only the rules a car-brief timeline can meet are here; anything else fails.

/** A parsed Mermaid timeline: its title, and its sections of periods, each with its events. */
export interface ParsedTimeline {
  title?: string;
  sections: { name: string; periods: { period: string; events: string[] }[] }[];
}

const RULES: readonly [RegExp, string | undefined][] = [
  [/^%%(?!\{)[^\n]*/, undefined], // a comment
  [/^[^}]%%[^\n]*/, undefined], // a comment after any character but }
  [/^\n+/, 'NEWLINE'],
  [/^\s+/, undefined],
  [/^#[^\n]*/, undefined], // a comment
  [/^timeline/i, 'timeline'],
  [/^title\s[^\n]+/i, 'title'],
  [/^accTitle\s*:\s*/i, 'acc'],
  [/^accDescr\s*[:{]\s*/i, 'acc'],
  [/^section\s[^:\n]+/i, 'section'],
  [/^:\s(?:[^:\n]|:(?!\s))+/, 'event'],
  [/^[^#:\n]+/, 'period'],
  [/^[\s\S]/, 'INVALID'],
];

// What entity codes stand for, as Mermaid's decodeEntities and the SVG then show them.
function decode(text: string): string {
  return text.replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

/** Parses Mermaid timeline text; throws where Mermaid would fail or read something else. */
export function parseMermaidTimeline(source: string): ParsedTimeline {
  if (source.includes('%%')) throw new Error('%% starts a comment or a directive, wherever it is');
  if (/[<>]/.test(source)) throw new Error('< and > are HTML in a label');
  if (/&#?\w+;/.test(source)) throw new Error('&name; is an HTML entity in a label');
  let text = source.replace(/#(\w+);/g, (_, inner: string) => {
    if (!/^\+?\d+$/.test(inner)) throw new Error(`named entity #${inner}; (not written by car-brief)`);
    return `ﬂ°°${inner}¶ß`;
  });
  const tokens: [string, string][] = [];
  while (text.length > 0) {
    const [match, type] = RULES.map(([rule, t]) => [rule.exec(text), t] as const).find(([m]) => m)!;
    if (type === 'INVALID' || type === 'acc')
      throw new Error(`Mermaid cannot read ${JSON.stringify(text.slice(0, 40))}`);
    if (type !== undefined) tokens.push([type, match![0]]);
    text = text.slice(match![0].length);
  }
  if (tokens[0]?.[0] !== 'timeline') throw new Error('a timeline starts with the word timeline');
  const parsed: ParsedTimeline = { sections: [] };
  for (const [type, value] of tokens.slice(1)) {
    const section = parsed.sections.at(-1);
    const period = section?.periods.at(-1);
    if (type === 'title') parsed.title = decode(value.slice(6));
    else if (type === 'section') parsed.sections.push({ name: decode(value.slice(8)).trim(), periods: [] });
    else if (type === 'period') {
      if (!section) throw new Error(`period ${value} outside a section`);
      section.periods.push({ period: decode(value).trim(), events: [] });
    } else if (type === 'event') {
      if (!period) throw new Error(`event ${value} without a period`);
      period.events.push(decode(value.slice(2)).trim());
    }
  }
  return parsed;
}

/** An event for a renderer's unit test: the fields given, the rest plain; its span from its date. */
export function datedEvent(fields: Partial<Event> & { date: string }, via?: string): DatedEvent {
  const record = {
    id: 'event',
    date_basis: 'stated',
    status: 'happened',
    type: 'visit',
    title: 'An event',
    summary: 'Something happened.',
    countries: ['ruritania'],
    actors: [],
    tags: [],
    issues: [],
    sources: [{ source: 'note', paragraph: 1, quote: 'it happened' }],
    ...fields,
  } as Event;
  const span = edtfSpan(record.date);
  if (!span) throw new Error(`not EDTF: ${record.date}`);
  return via === undefined ? { record, span } : { record, span, via };
}
