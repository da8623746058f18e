import type { CountryBrief } from '../../query/country/brief.js';
import type { Rows } from '../../output/delimited.js';
import { formatCitations, formatFigure } from '../../model/format.js';
import { lazyView, type View } from '../../output/render.js';
import type { Actor, Issue } from '../../model/records.js';
import type { Partner } from '../../query/country/partners.js';
import { fittedCountryReport, type Screen } from './fit.js';
import { actorRole, countryReport } from './country-report.js';
import { countryMarkdown } from './country-md.js';
import { hubReport } from './hub-report.js';
import type { SupportOf } from '../../query/support.js';
import { briefSupport } from './country-report.js';

/** How a terminal shows the brief: whole (--full, text), fitted to a screen, or as the hub's overview. */
export type BriefShape =
  | { readonly kind: 'full' }
  | { readonly kind: 'fit'; readonly screen: Screen }
  | {
      readonly kind: 'hub';
      readonly partners: readonly Partner[];
      readonly groups: readonly (readonly [Actor, readonly Issue[]])[];
      readonly screen: Screen;
    };

/** Columns of the country brief in TSV/CSV: one line per item, the (EDTF) date first. */
export const COUNTRY_COLUMNS = [
  'date',
  'section',
  'id',
  'title',
  'kind',
  'status',
  'date_basis',
  'scope',
  'detail',
  'source',
];

/**
 * The brief as a report for people (shaped for the screen), rows for scripts and an object for
 * JSON; with supportOf, the brief and its records say what they rest on.
 */
export function countryView(
  brief: CountryBrief,
  name: (id: string) => string,
  shape: BriefShape = { kind: 'full' },
  supportOf?: SupportOf,
): View {
  return lazyView({
    rows: () => countryRows(brief, name),
    json: () => countryJson(brief, supportOf),
    markdown: () => countryMarkdown(brief, supportOf),
    ndjson: () =>
      countryRows(brief, name).rows.map((row) =>
        Object.fromEntries(COUNTRY_COLUMNS.map((column, i) => [column, row[i]])),
      ),
    report: () =>
      shape.kind === 'fit'
        ? fittedCountryReport(brief, shape.screen, supportOf)
        : shape.kind === 'hub'
          ? hubReport(brief, shape.partners, shape.groups, shape.screen, supportOf)
          : countryReport(brief, name, supportOf),
  });
}

function countryRows(brief: CountryBrief, name: (id: string) => string): Rows {
  const { country } = brief;
  const cite = formatCitations;
  const rows: string[][] = [
    [
      '',
      'country',
      country.id,
      country.name,
      'country',
      '',
      '',
      '',
      [country.iso2, country.iso3, country.capital, country.region].filter(Boolean).join('; '),
      cite(country.sources),
    ],
    ['', 'relations', country.id, country.summary, '', '', '', '', '', cite(country.sources)],
  ];
  for (const { record: r, via } of brief.issues) {
    rows.push([r.since ?? '', 'issue', r.id, r.title, 'issue', r.status, '', via ?? '', '', cite(r.sources)]);
  }
  for (const { record: r, via } of brief.events) {
    rows.push([
      r.date,
      'event',
      r.id,
      r.title,
      r.type,
      r.status,
      r.date_basis,
      via ?? '',
      r.date_note ?? '',
      cite(r.sources),
    ]);
  }
  for (const actor of brief.actors) {
    rows.push([
      '',
      'actor',
      actor.id,
      actor.name,
      actor.kind,
      '',
      '',
      '',
      actorRole(actor, name),
      cite(actor.sources),
    ]);
  }
  for (const claim of brief.claims) {
    rows.push([
      '',
      'claim',
      claim.id,
      claim.statement,
      claim.kind,
      '',
      '',
      '',
      claim.figures.map(formatFigure).join('; '),
      cite(claim.sources),
    ]);
  }
  for (const { source, paragraphs } of brief.sources) {
    rows.push([
      source.published,
      'source',
      source.id,
      source.label,
      source.kind,
      '',
      source.published_basis,
      '',
      `¶${paragraphs.join(', ')}`,
      '',
    ]);
  }
  return { columns: COUNTRY_COLUMNS, rows };
}

function countryJson(brief: CountryBrief, supportOf: SupportOf | undefined) {
  // Each record with its support, and the brief's own (all its sources) at the top.
  const rests = <T extends { sources: readonly { source: string }[] }>(record: T) =>
    supportOf ? { ...record, support: supportOf(record.sources) } : record;
  const linked = <T extends { sources: readonly { source: string }[] }>({
    record,
    via,
  }: {
    record: T;
    via?: string;
  }) => ({
    ...rests(record),
    linked_via: via ?? null,
  });
  return {
    country: rests(brief.country),
    ...(supportOf ? { support: briefSupport(brief, supportOf) } : {}),
    groups: brief.groups.map((g) => g.id),
    issues: brief.issues.map(linked),
    events: brief.events.map(linked),
    actors: brief.actors.map(rests),
    claims: brief.claims.map(rests),
    sources: brief.sources.map(({ source, paragraphs }) => ({ ...source, paragraphs_cited: paragraphs })),
  };
}
