import type { CountryBrief } from '../data/brief.js';
import type { Actor, Event } from '../data/schema.js';
import type { Rows } from '../output/delimited.js';
import { formatCitations, formatFigure, formatParagraphs } from '../output/format.js';
import type { View } from '../output/render.js';
import type { Report } from '../output/report.js';
import type { CellPainter } from '../output/table.js';

/** Columns of the country brief in TSV/CSV: one line per item, the section first. */
export const COUNTRY_COLUMNS = [
  'section',
  'date',
  'id',
  'title',
  'kind',
  'status',
  'detail',
  'source',
] as const;

/** The brief as a report for people, rows for scripts and an object for JSON. */
export function countryView(brief: CountryBrief, name: (id: string) => string): View {
  return { rows: countryRows(brief), json: countryJson(brief), report: countryReport(brief, name), paint };
}

/** An event's status for people: "planned", "date inferred", or "" for a stated past event. */
export function eventStatus(event: Event): string {
  const parts: string[] = event.status === 'happened' ? [] : [event.status];
  if (event.date_basis === 'inferred') parts.push('date inferred');
  return parts.join(', ');
}

/** What an actor is, in a few words: a person's first role, else its kind. */
export function actorRole(actor: Actor, name: (id: string) => string): string {
  const role = actor.roles?.[0];
  if (!role) return actor.kind.replace('-', ' ');
  return role.org ? `${role.title}, ${name(role.org)}` : role.title;
}

/** The shortest name of a group, for marking region-wide items: "CAR". */
export function shortName(actor: Actor): string {
  return [actor.name, ...actor.aliases].reduce((a, b) => (b.length >= 2 && b.length < a.length ? b : a));
}

function countryReport(brief: CountryBrief, name: (id: string) => string): Report {
  const { country } = brief;
  const direct = brief.issues.filter((i) => !i.via);
  const shared = brief.issues.filter((i) => i.via);
  const people = brief.actors.filter((a) => ['person', 'organisation', 'armed-group'].includes(a.kind));
  const things = brief.actors.filter((a) => !people.includes(a));
  const figures = brief.claims.filter((c) => c.figures.length > 0);
  const group = (id: string) => brief.groups.find((g) => g.id === id);
  const groupShort = (id: string) => {
    const found = group(id);
    return found ? shortName(found) : id;
  };
  return {
    title: country.name,
    subtitle: [country.iso2, country.iso3, `capital ${country.capital}`, country.region]
      .filter(Boolean)
      .join(' · '),
    intro: country.summary,
    sections: [
      {
        heading: `Issues (${countLabel(brief.issues, groupShort)})`,
        table: table(
          ['status', 'title', 'id'],
          direct.map(({ record }) => [record.status, record.title, record.id]),
        ),
        lines: shared.length
          ? [`Across the ${name(shared[0]!.via!)}: ${shared.map((i) => i.record.title).join('; ')}.`]
          : [],
        empty: 'None recorded.',
      },
      {
        heading: `Events (${countLabel(brief.events, groupShort)})`,
        table: table(
          ['date', 'title', 'status'],
          brief.events.map(({ record, via }) => [
            record.date,
            record.title,
            [via ? `${groupShort(via)}-wide` : '', eventStatus(record)].filter(Boolean).join('; '),
          ]),
        ),
        empty: 'None recorded.',
      },
      {
        heading: 'People and organisations',
        table: table(
          ['name', 'role'],
          people.map((a) => [a.name, actorRole(a, name)]),
        ),
        lines: things.length ? [`Also: ${things.map((a) => a.name).join(', ')}.`] : [],
        empty: 'None named.',
      },
      {
        heading: `Key figures (${figures.length} of ${brief.claims.length} claims)`,
        table: table(
          ['figure', 'claim', 'kind'],
          figures.map((c) => [c.figures.map(formatFigure).join('; '), c.statement, c.kind]),
        ),
        empty: 'No figures recorded.',
      },
      {
        heading: 'Sources',
        lines: brief.sources.map(
          ({ source, paragraphs }) => `${source.label} [${source.id}], ¶${formatParagraphs(paragraphs)}`,
        ),
      },
    ],
  };
}

/** "3" or "1; 3 across the CAR": own items first, then those shared through a group. */
function countLabel(items: readonly { via?: string }[], groupShort: (id: string) => string): string {
  const own = items.filter((item) => !item.via).length;
  const shared = items.length - own;
  const via = items.find((item) => item.via)?.via;
  return shared === 0 || !via ? String(own) : `${own}; ${shared} across the ${groupShort(via)}`;
}

const paint: CellPainter = (text, column, style) => {
  if (column === 'status') {
    if (text.startsWith('planned')) return style.yellow(text);
    if (text.includes('inferred')) return style.italic.dim(text);
    if (text === 'stalled') return style.red(text);
  }
  if (column === 'kind' && text !== 'fact') return style.magenta(text);
  if (column === 'id' || column === 'date' || column === 'figure') return style.cyan(text);
  return text;
};

function table(columns: string[], rows: string[][]): Rows {
  return { columns, rows };
}

function countryRows(brief: CountryBrief): Rows {
  const { country } = brief;
  const rows: string[][] = [
    [
      'country',
      '',
      country.id,
      country.name,
      'country',
      '',
      [country.iso2, country.iso3, country.capital, country.region].filter(Boolean).join('; '),
      formatCitations(country.sources),
    ],
    ['relations', '', country.id, country.summary, '', '', '', formatCitations(country.sources)],
  ];
  for (const { record, via } of brief.issues) {
    rows.push([
      'issue',
      record.since ?? '',
      record.id,
      record.title,
      'issue',
      record.status,
      via ? `via ${via}` : '',
      formatCitations(record.sources),
    ]);
  }
  for (const { record, via } of brief.events) {
    const detail = [record.date_note ?? '', via ? `via ${via}` : ''].filter(Boolean).join('; ');
    rows.push([
      'event',
      record.date,
      record.id,
      record.title,
      record.type,
      [record.status, record.date_basis === 'inferred' ? 'date inferred' : ''].filter(Boolean).join(', '),
      detail,
      formatCitations(record.sources),
    ]);
  }
  for (const actor of brief.actors) {
    rows.push([
      'actor',
      '',
      actor.id,
      actor.name,
      actor.kind,
      '',
      actor.roles?.[0]?.title ?? '',
      formatCitations(actor.sources),
    ]);
  }
  for (const claim of brief.claims) {
    rows.push([
      'claim',
      '',
      claim.id,
      claim.statement,
      claim.kind,
      '',
      claim.figures.map(formatFigure).join('; '),
      formatCitations(claim.sources),
    ]);
  }
  for (const { source, paragraphs } of brief.sources) {
    rows.push([
      'source',
      source.published,
      source.id,
      source.label,
      source.kind,
      '',
      `¶${paragraphs.join(', ')}`,
      '',
    ]);
  }
  return { columns: [...COUNTRY_COLUMNS], rows };
}

function countryJson(brief: CountryBrief) {
  const linked = <T>({ record, via }: { record: T; via?: string }) => ({
    ...record,
    linked_via: via ?? null,
  });
  return {
    country: brief.country,
    groups: brief.groups.map((g) => g.id),
    issues: brief.issues.map(linked),
    events: brief.events.map(linked),
    actors: brief.actors,
    claims: brief.claims,
    sources: brief.sources.map(({ source, paragraphs }) => ({ ...source, paragraphs_cited: paragraphs })),
  };
}
