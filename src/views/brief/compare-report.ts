import { humanDate } from '../../model/human-dates.js';
import type { Event, Issue } from '../../model/records.js';
import { ownAndShared, type CountryFacets } from '../../query/country/compare.js';
import { formatFigure } from '../../model/format.js';
import type { Report, ReportSection } from '../../output/report.js';
import type { CellPainter } from '../../output/table.js';
import { eventStatus } from './country-report.js';

// Facet by facet, one row per country: a name column and the rest of the width for the words, so
// that five countries read as well at 80 columns as two (a column per country would leave each
// a dozen characters and cut words).

/** The comparison as a report for people: one section per facet, one row (or more) per country. */
export function compareReport(facets: readonly CountryFacets[], name: (id: string) => string): Report {
  // The names are in every section; a title that lists them could outgrow the screen.
  return {
    title: `${facets.length} countries compared`,
    paint,
    sections: [
      {
        heading: 'Relations',
        table: {
          columns: ['country', 'relations'],
          rows: facets.map((f) => [f.country.name, f.relations]),
          fixed: ['country'],
        },
      },
      issuesSection(facets, name),
      eventsSection(facets, name),
      figuresSection(facets),
    ],
  };
}

function issuesSection(facets: readonly CountryFacets[], name: (id: string) => string): ReportSection {
  const rows: string[][] = [];
  const shared = new Map<string, { issues: Issue[]; countries: string[] }>();
  for (const f of facets) {
    const split = ownAndShared(f.openIssues);
    rows.push(
      ...firstNamed(
        f,
        split.own.map((issue) => [issue.title, issue.status]),
        ['none of its own', ''],
      ),
    );
    for (const [via, issues] of split.shared) {
      const entry = shared.get(via) ?? { issues, countries: [] };
      entry.countries.push(f.country.name);
      shared.set(via, entry);
    }
  }
  return {
    heading: 'Open issues',
    table: { columns: ['country', 'title', 'status'], rows, fixed: ['country', 'status'] },
    lines: [...shared].map(
      ([via, { issues, countries }]) =>
        `Shared across the ${name(via)} (${who(countries, facets.length)}): ${issues.map((i) => i.title).join('; ')}.`,
    ),
  };
}

function eventsSection(facets: readonly CountryFacets[], name: (id: string) => string): ReportSection {
  return {
    heading: 'Events (own + shared; the latest of its own)',
    table: {
      columns: ['country', 'count', 'date', 'latest'],
      rows: facets.map((f) => {
        const { own, sharedCount } = ownAndShared(f.events);
        const latest = f.latest;
        return [
          f.country.name,
          `${own.length} + ${sharedCount}`,
          latest ? humanDate(latest.record.date) : '',
          latest ? latestText(latest.record, latest.via, name) : 'none recorded',
        ];
      }),
      fixed: ['country', 'count'],
    },
  };
}

function latestText(event: Event, via: string | undefined, name: (id: string) => string): string {
  const notes = [via ? `shared across the ${name(via)}` : '', eventStatus(event)].filter(Boolean);
  return notes.length > 0 ? `${event.title} (${notes.join('; ')})` : event.title;
}

function figuresSection(facets: readonly CountryFacets[]): ReportSection {
  const rows = facets.flatMap((f) =>
    firstNamed(
      f,
      f.keyFigures.map((claim) => [claim.figures.map(formatFigure).join('; '), claim.statement]),
      ['', 'none recorded'],
    ),
  );
  return {
    heading: 'Key figures',
    table: { columns: ['country', 'figure', 'claim'], rows, fixed: ['country'] },
    lines: [
      `car-brief country <name> gives a country's full brief (car-brief country ${facets[0]!.country.id}).`,
    ],
  };
}

// A country's rows with its name on the first only (or one row saying there is nothing).
function firstNamed(f: CountryFacets, rows: string[][], none: string[]): string[][] {
  const own = rows.length > 0 ? rows : [none];
  return own.map((row, i) => [i === 0 ? f.country.name : '', ...row]);
}

// Which of the countries compared: "both", "all 5", or their names ("A, B and C").
function who(names: readonly string[], compared: number): string {
  if (names.length === compared) return compared === 2 ? 'both' : `all ${compared}`;
  return joinNames(names);
}

/** Names as a sentence lists them: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const paint: CellPainter = (text, column, style) => {
  if (column === 'country') return style.bold(text);
  if (column === 'date' || column === 'figure') return style.cyan(text);
  if (column === 'status' && text === 'stalled') return style.red(text);
  if (column === 'latest' && text.includes('planned')) return style.yellow(text);
  return text;
};
