import { isoDay } from '../../model/dates.js';
import { ownAndShared, type CountryFacets } from '../../query/country/compare.js';
import type { Rows } from '../../output/delimited.js';
import { formatFigure } from '../../model/format.js';
import { lazyView, type View } from '../../output/render.js';
import { compareReport } from './compare-report.js';

/**
 * Columns of `compare` in TSV/CSV: one line per country, in the order named. Lists inside a
 * field are separated by "; ". The latest event is the latest of the country's own (a shared
 * one, with its group in latest_scope, only when it has none); its date is EDTF, with the first
 * and last ISO day it can mean.
 */
export const COMPARE_COLUMNS = [
  'id',
  'name',
  'relations',
  'open_issues',
  'shared_open_issues',
  'open_issue_ids',
  'events',
  'shared_events',
  'latest_date',
  'latest_start',
  'latest_end',
  'latest_id',
  'latest_title',
  'latest_status',
  'latest_scope',
  'key_figures',
  'key_figure_claims',
];

/** The comparison: a report for people, a line per country for scripts, an object per country for JSON. */
export function compareView(facets: readonly CountryFacets[], name: (id: string) => string): View {
  return lazyView({
    rows: () => compareRows(facets),
    json: () => facets.map(compareJson),
    report: () => compareReport(facets, name),
  });
}

function compareRows(facets: readonly CountryFacets[]): Rows {
  return {
    columns: COMPARE_COLUMNS,
    rows: facets.map((f) => {
      const issues = ownAndShared(f.openIssues);
      const events = ownAndShared(f.events);
      const latest = f.latest;
      return [
        f.country.id,
        f.country.name,
        f.relations,
        String(issues.own.length),
        String(issues.sharedCount),
        issues.own.map((issue) => issue.id).join('; '),
        String(events.own.length),
        String(events.sharedCount),
        latest?.record.date ?? '',
        latest ? isoDay(latest.span.start) : '',
        latest ? isoDay(latest.span.end) : '',
        latest?.record.id ?? '',
        latest?.record.title ?? '',
        latest?.record.status ?? '',
        latest?.via ?? '',
        f.keyFigures.map((claim) => claim.figures.map(formatFigure).join(', ')).join('; '),
        f.keyFigures.map((claim) => claim.id).join('; '),
      ];
    }),
  };
}

// Full records, sources included, as the other commands' JSON gives them.
function compareJson(f: CountryFacets) {
  const events = ownAndShared(f.events);
  const latest = f.latest;
  return {
    id: f.country.id,
    name: f.country.name,
    relations: f.relations,
    country: f.country,
    open_issues: f.openIssues.map(({ record, via }) => ({ ...record, linked_via: via ?? null })),
    events: {
      own: events.own.length,
      shared: events.sharedCount,
      latest: latest
        ? {
            ...latest.record,
            start: isoDay(latest.span.start) || null,
            end: isoDay(latest.span.end) || null,
            linked_via: latest.via ?? null,
          }
        : null,
    },
    key_figures: f.keyFigures,
  };
}
