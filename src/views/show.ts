import { humanDate } from '../model/human-dates.js';
import { recordName, type DatasetRecord } from '../model/records.js';
import type { RecordLinks } from '../query/links.js';
import type { Citation, Source } from '../model/records.js';
import { formatFigure } from '../model/format.js';
import type { View } from '../output/render.js';
import type { Report, ReportSection } from '../output/report.js';
import { factMarkdown } from './cite/fact-cite.js';
import { disagreementRows, disagreementSections } from './disagreements.js';
import { answerText, supportLine, withSupport } from './fact.js';
import type { Support, SupportOf } from '../query/support.js';

const LINK_HEADINGS: Record<string, string> = {
  country: 'Countries',
  actor: 'Actors',
  event: 'Events',
  issue: 'Issues',
  claim: 'Claims',
};

// Fields shown as the title and introduction, or in sections of their own.
const SHOWN_ELSEWHERE = new Set(['id', 'name', 'title', 'summary', 'statement', 'sources', 'label']);
SHOWN_ELSEWHERE.add('disagreements'); // in a section of its own (views/disagreements.ts)

/** One record in full: its fields, its sources with their quotes and support, and its links both ways. */
export function showView(
  entry: DatasetRecord,
  links: RecordLinks,
  sourceOf: (id: string) => Source | undefined,
  supportOf?: SupportOf,
): View {
  const record = entry.record as unknown as Record<string, unknown>;
  const fields = Object.entries(record)
    .filter(([key]) => !SHOWN_ELSEWHERE.has(key))
    .map(([key, value]) => [key, fieldText(value)] as const)
    .filter(([, value]) => value !== '');
  const citations = 'sources' in entry.record ? entry.record.sources : [];
  // What the record rests on; a source rests on nothing it cites.
  const support = supportOf && 'sources' in entry.record ? supportOf(citations) : undefined;
  const linkRows = linkSections(links);
  // A claim, an event or an actor as a writer pastes it: fact --format md's paragraph and notes.
  const answer = entry.type === 'claim' || entry.type === 'event' || entry.type === 'actor';
  return {
    ...(answer ? { markdown: factMarkdown([entry], sourceOf, (a) => answerText(a), supportOf) } : {}),
    rows: {
      columns: ['section', 'key', 'value'],
      rows: [
        ['field', 'type', entry.type],
        ['field', 'id', entry.record.id],
        ['field', 'name', recordName(entry)],
        ...(typeof record.summary === 'string' ? [['field', 'summary', record.summary]] : []),
        ...fields.map(([key, value]) => ['field', key, value]),
        ...citations.map((c) => ['source', `${c.source} ¶${c.paragraph}`, c.quote]),
        ...(support ? supportRows(support) : []),
        ...disagreementRows(entry.record),
        ...linkRows.flatMap(([type, entries]) => entries.map((e) => [type, e.record.id, recordName(e)])),
        ...(links.citedBy !== undefined ? [['field', 'cited_by', String(links.citedBy)]] : []),
      ],
    },
    json: {
      type: entry.type,
      id: entry.record.id,
      record: 'sources' in entry.record ? withSupport(entry.record, supportOf) : entry.record,
      links: {
        countries: links.countries.map(linkJson),
        actors: links.actors.map(linkJson),
        events: links.events.map(linkJson),
        issues: links.issues.map(linkJson),
        claims: links.claims.map(linkJson),
      },
      ...(links.citedBy !== undefined ? { cited_by: links.citedBy } : {}),
    },
    report: showReport(entry, fields, citations, linkRows, links, sourceOf, support),
  };
}

function showReport(
  entry: DatasetRecord,
  fields: readonly (readonly [string, string])[],
  citations: readonly Citation[],
  linkRows: readonly [string, readonly DatasetRecord[]][],
  links: RecordLinks,
  sourceOf: (id: string) => Source | undefined,
  support: Support | undefined,
): Report {
  const record = entry.record as unknown as Record<string, unknown>;
  const kind = typeof record.kind === 'string' ? ` · ${record.kind}` : '';
  const sections: ReportSection[] = [
    {
      heading: 'Fields',
      table: { columns: ['field', 'value'], rows: fields.map(([k, v]) => [k, v]), fixed: ['field'] },
    },
  ];
  if (citations.length > 0) {
    sections.push({
      heading: `Sources (${citations.length})`,
      lines: [
        ...citations.map((c) => `${sourceOf(c.source)?.label ?? c.source}, ¶${c.paragraph}: “${c.quote}”`),
        ...(support ? [supportLine(support)] : []),
      ],
    });
  }
  sections.push(...disagreementSections(entry.record, sourceOf));
  for (const [type, entries] of linkRows) {
    sections.push({
      heading: `${LINK_HEADINGS[type] ?? type} (${entries.length})`,
      table: {
        columns: ['what', 'name', 'id'],
        rows: entries.map((e) => [what(e), recordName(e), e.record.id]),
        // The name is read; the id gives way to a line of its own when the name needs the width.
        reader: 'name',
        fixed: ['what', 'id'],
        minor: ['id'],
      },
    });
  }
  if (links.citedBy !== undefined)
    sections.push({ heading: 'Cited by', lines: [`${links.citedBy} records`] });
  return {
    title: recordName(entry),
    subtitle: `${entry.type}${kind} · ${entry.record.id}`,
    ...(typeof record.summary === 'string' && entry.type !== 'claim' ? { intro: record.summary } : {}),
    sections,
  };
}

// Rows for scripts: how many sources, how many independent, the latest one's date (EDTF).
function supportRows(support: Support): string[][] {
  return [
    ['support', 'sources', String(support.sources)],
    ['support', 'independent', String(support.independent)],
    ['support', 'latest', support.latest ?? ''],
  ];
}

function linkJson(entry: DatasetRecord) {
  return { type: entry.type, id: entry.record.id, name: recordName(entry) };
}

function linkSections(links: RecordLinks): [string, readonly DatasetRecord[]][] {
  const all: [string, readonly DatasetRecord[]][] = [
    ['country', links.countries],
    ['actor', links.actors],
    ['event', links.events],
    ['issue', links.issues],
    ['claim', links.claims],
  ];
  return all.filter(([, entries]) => entries.length > 0);
}

// A short description of a linked record: an event's date and status, an issue's status, a claim's kind.
function what(entry: DatasetRecord): string {
  switch (entry.type) {
    case 'event':
      return humanDate(entry.record.date);
    case 'issue':
      return entry.record.status;
    case 'claim':
      return entry.record.kind;
    case 'actor':
      return entry.record.kind;
    case 'source':
      return entry.record.kind;
  }
}

function fieldText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(itemText).join('; ');
  return itemText(value);
}

function itemText(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(value);
  const item = value as Record<string, unknown>;
  if ('value' in item && 'unit' in item) return `${formatFigure(item as never)} (${String(item.of)})`;
  if ('title' in item) {
    const title = item.former ? `former ${String(item.title)}` : String(item.title);
    const dates = item.from || item.to ? ` (${String(item.from ?? '')}–${String(item.to ?? '')})` : '';
    return [title + dates, item.org, item.note].filter(Boolean).join(', ');
  }
  if ('id' in item) return item.role ? `${String(item.id)} (${String(item.role)})` : String(item.id);
  return JSON.stringify(item);
}
