import type { Linked } from '../query/country/brief.js';
import type { Actor, Claim, Issue, Source } from '../model/records.js';
import { formatCitations, formatFigure, formatParagraphRefs } from '../model/format.js';
import { datePrecision } from '../model/windows.js';
import { lazyView, type View } from '../output/render.js';
import { hideConstant, type CellPainter } from '../output/table.js';
import { actorRole } from './brief/country-report.js';
import { factMarkdown } from './cite/fact-cite.js';
import { linkCell, type LinkCells } from './cells.js';
import { scopeMark } from './scope.js';
import type { SupportOf } from '../query/support.js';

/** TSV/CSV columns of `actors`. */
export const ACTOR_COLUMNS = [
  'id',
  'kind',
  'name',
  'aliases',
  'countries',
  'role',
  'iso2',
  'iso3',
  'capital',
  'summary',
  'source',
];
/** TSV/CSV columns of `issues`. */
export const ISSUE_COLUMNS = [
  'since',
  'id',
  'status',
  'title',
  'countries',
  'actors',
  'tags',
  'scope',
  'summary',
  'source',
  'since_precision',
];
/** TSV/CSV columns of `claims`. */
export const CLAIM_COLUMNS = [
  'id',
  'kind',
  'statement',
  'figures',
  'about',
  'attribution',
  'tags',
  'source',
  'quote',
  'scope',
  'sources',
  'independent',
];

/**
 * Actors: one line each on a terminal (name, kind, a person's role, countries, id); every field
 * for scripts; full records for JSON. pinned: columns a filter holds to one value (--kind).
 */
export function actorsView(
  actors: readonly Actor[],
  name: (id: string) => string,
  pinned: readonly string[] = [],
  cells: LinkCells = {},
): View {
  return lazyView(
    {
      rows: () => ({
        columns: ACTOR_COLUMNS,
        rows: actors.map((a) => [
          a.id,
          a.kind,
          a.name,
          a.aliases.join('; '),
          linkCell(a.countries ?? a.members ?? [], name, cells),
          a.roles ? actorRole(a, name) : '',
          a.iso2 ?? '',
          a.iso3 ?? '',
          a.capital ?? '',
          a.summary,
          formatCitations(a.sources),
        ]),
      }),
      table: () =>
        hideConstant(
          {
            columns: ['name', 'kind', 'role', 'countries', 'id'],
            rows: actors.map((a) => [
              a.name,
              a.kind,
              a.roles ? actorRole(a, name) : '',
              (a.countries ?? a.members ?? []).map(name).join(', '),
              a.id,
            ]),
            ...ONE_LINE,
            reader: 'name',
            fixed: ['kind', 'id'],
            hint: 'car-brief show <name> or --format tsv',
          },
          pinned,
        ),
      json: () => actors,
    },
    paint,
  );
}

// A list of one line per record, read by its name or title, whose ids give way first.
const ONE_LINE = { oneLine: true, minor: ['id'] } as const;

/** Issues: one line each on a terminal (status, title, countries, id); every field for scripts; full records for JSON. */
export function issuesView(
  issues: readonly Linked<Issue>[],
  name: (id: string) => string,
  pinned: readonly string[] = [],
  cells: LinkCells = {},
): View {
  return lazyView(
    {
      rows: () => ({
        columns: ISSUE_COLUMNS,
        rows: issues.map(({ record: i, via }) => [
          i.since ?? '',
          i.id,
          i.status,
          i.title,
          linkCell(i.countries, name, cells),
          linkCell(i.actors, name, cells),
          i.tags.join(','),
          linkCell(via === undefined ? [] : [via], name, cells),
          i.summary,
          formatCitations(i.sources),
          i.since === undefined ? '' : datePrecision(i.since),
        ]),
      }),
      table: () =>
        hideConstant(
          {
            columns: ['status', 'title', 'countries', 'id'],
            rows: issues.map(({ record: i }) => [i.status, i.title, i.countries.map(name).join(', '), i.id]),
            ...ONE_LINE,
            reader: 'title',
            fixed: ['status', 'id'],
            hint: 'car-brief show <title> or --format tsv',
          },
          pinned,
        ),
      json: () =>
        issues.map(({ record, via }) => ({
          ...record,
          scope: via ?? null,
          since_precision: record.since === undefined ? null : datePrecision(record.since),
        })),
    },
    paint,
  );
}

/**
 * Claims: kind, statement (marked when kept through a group) and source for people (the id on a
 * dim line of its own when the statement needs the width); every field (and the first quote, and
 * the support) for scripts.
 */
export function claimsView(
  claims: readonly Linked<Claim>[],
  name: (id: string) => string,
  pinned: readonly string[] = [],
  cells: LinkCells = {},
  sourceOf: (id: string) => Source | undefined = () => undefined,
  supportOf?: SupportOf,
): View {
  return lazyView(
    {
      // Any selection of claims to paste into a draft, each footnoted as fact --format md does.
      markdown: () =>
        factMarkdown(
          claims.map(({ record }) => ({ type: 'claim', record })),
          sourceOf,
          () => '',
          supportOf,
        ),
      rows: () => ({
        columns: CLAIM_COLUMNS,
        rows: claims.map(({ record: c, via }) => {
          const support = supportOf?.(c.sources);
          return [
            c.id,
            c.kind,
            c.statement,
            c.figures.map(formatFigure).join('; '),
            linkCell(c.about, name, cells),
            c.attribution ?? '',
            c.tags.join(','),
            formatCitations(c.sources),
            c.sources[0]?.quote ?? '',
            linkCell(via === undefined ? [] : [via], name, cells),
            support ? String(support.sources) : '',
            support ? String(support.independent) : '',
          ];
        }),
      }),
      table: () =>
        hideConstant(
          {
            columns: ['kind', 'statement', 'source', 'id'],
            rows: claims.map(({ record: c, via }) => [
              c.kind,
              [c.statement, via && `(${scopeMark(via, name)})`].filter(Boolean).join(' '),
              formatParagraphRefs(c.sources),
              c.id,
            ]),
            reader: 'statement',
            fixed: ['kind', 'source', 'id'],
            minor: ['id'],
          },
          pinned,
        ),
      json: () =>
        claims.map(({ record, via }) => ({
          ...record,
          scope: via ?? null,
          ...(supportOf ? { support: supportOf(record.sources) } : {}),
        })),
    },
    paint,
  );
}

const paint: CellPainter = (text, column, style) => {
  if (column === 'id') return style.cyan(text);
  if (column === 'kind' && (text === 'report' || text === 'assessment')) return style.magenta(text);
  if (column === 'status' && text === 'stalled') return style.red(text);
  return text;
};
