import { humanDate } from '../../model/human-dates.js';
import type { CountryBrief, Linked } from '../../query/country/brief.js';
import type { Actor, Claim, Event, Issue } from '../../model/records.js';
import { formatFigure, formatParagraphRefs, formatParagraphs } from '../../model/format.js';
import type { Report, ReportSection } from '../../output/report.js';
import type { CellPainter } from '../../output/table.js';
import { disagreementMark } from '../disagreements.js';
import type { Support, SupportOf } from '../../query/support.js';
import { supportPhrase, supportWords } from '../support.js';
import { staleMark } from '../stale.js';
import { durationText } from '../../model/windows.js';

/**
 * An event's status for people: "planned" (with why it is stale, if it is: "overdue since Feb
 * 2025"), "date inferred", the source's wording of a vague date, or "".
 */
export function eventStatus(event: Event, stale = ''): string {
  const parts: string[] = event.status === 'happened' ? [] : [event.status];
  if (stale) parts.push(stale);
  if (event.date_basis === 'inferred') parts.push('date inferred');
  else if (event.date_note) parts.push(event.date_note);
  parts.push(...disagreementMark(event));
  return parts.join(', ');
}

/** What an actor is, in a few words: a person's first role ("former Director General, ISI"), else its kind. */
export function actorRole(actor: Actor, name: (id: string) => string): string {
  const role = actor.roles?.[0];
  if (!role) return actor.kind.replace('-', ' ');
  const title = role.former ? `former ${role.title}` : role.title;
  return role.org ? `${title}, ${name(role.org)}` : title;
}

/** A group's name written out, for marking region-wide items: "Central Asian republics", never "CAR". */
export function groupLabel(brief: CountryBrief): (id: string) => string {
  return (id) => brief.groups.find((g) => g.id === id)?.name ?? id;
}

/** What a whole brief rests on: the sources its records cite (its Sources section), counted as one record's. */
export function briefSupport(brief: CountryBrief, supportOf: SupportOf): Support {
  return supportOf(brief.sources.map(({ source }) => ({ source: source.id })));
}

/**
 * The support of each item, for a brief that rests on more than one source; undefined for a brief
 * on one source, whose heading line says it once for every item.
 */
export function itemSupport(brief: CountryBrief, supportOf: SupportOf | undefined): SupportOf | undefined {
  return supportOf && briefSupport(brief, supportOf).sources > 1 ? supportOf : undefined;
}

/** The title, subtitle (with the brief's support and its age: "1 source, late 2024") and relations summary of a brief. */
export function briefHead(
  brief: CountryBrief,
  supportOf?: SupportOf,
): Pick<Report, 'title' | 'subtitle' | 'intro' | 'paint'> {
  const { country } = brief;
  const support = supportOf && supportPhrase(briefSupport(brief, supportOf));
  return {
    title: country.name,
    subtitle: [
      country.iso2,
      country.iso3,
      `capital ${country.capital}`,
      country.region,
      support,
      brief.asOf && `as of ${humanDate(brief.asOf.day)}`,
    ]
      .filter(Boolean)
      .join(' · '),
    intro: country.summary,
    paint: briefPaint(brief.groups.map((g) => g.name)),
  };
}

/** Event rows of a brief's tables: date, title, and scope with status. */
export function eventRows(
  events: readonly Linked<Event>[],
  group: (id: string) => string,
  stale?: CountryBrief['stale'],
): string[][] {
  return events.map(({ record, via }) => [
    humanDate(record.date),
    record.title,
    [via ? group(via) : '', eventStatus(record, staleMark(stale?.(record.id)))].filter(Boolean).join('; '),
  ]);
}

/**
 * An issue's status, and how long it has been quiet where that makes it stale: "open, no news
 * since Sep–Dec 2024" (short: "open, quiet").
 */
export function issueStatus(issue: Issue, stale?: CountryBrief['stale'], short = false): string {
  return [issue.status, staleMark(stale?.(issue.id), short)].filter(Boolean).join(', ');
}

/** The brief as a report for people (whole: --full, text). */
export function countryReport(
  brief: CountryBrief,
  name: (id: string) => string,
  supportOf?: SupportOf,
): Report {
  const group = groupLabel(brief);
  const people = brief.actors.filter((a) => ['person', 'organisation', 'armed-group'].includes(a.kind));
  const things = brief.actors.filter((a) => !people.includes(a));
  return {
    ...briefHead(brief, supportOf),
    sections: [
      {
        heading: `Issues (${countLabel(brief.issues, group)})`,
        table: {
          columns: ['status', 'title', 'id'],
          rows: brief.issues
            .filter((i) => !i.via)
            .map(({ record }) => [issueStatus(record, brief.stale, true), record.title, record.id]),
          fixed: ['id'],
        },
        lines: [
          ...byGroup(brief.issues).map(
            ([via, issues]) => `Across the ${name(via)}: ${issues.map((i) => i.title).join('; ')}.`,
          ),
          ...quietLine(brief),
        ],
        empty: 'None recorded.',
      },
      {
        heading: `Events (${countLabel(brief.events, group)})`,
        table: {
          columns: ['date', 'title', 'status'],
          rows: eventRows(brief.events, group, brief.stale),
          fixed: ['date'],
        },
        empty: 'None recorded.',
      },
      {
        heading: 'People and organisations',
        table: { columns: ['name', 'role'], rows: people.map((a) => [a.name, actorRole(a, name)]) },
        lines: things.length ? [`Also: ${things.map((a) => a.name).join(', ')}.`] : [],
        empty: 'None named.',
      },
      keyFigures(brief.keyFigures, brief.claims, brief.country.id, itemSupport(brief, supportOf)),
      {
        heading: 'Sources',
        lines: brief.sources.map(
          ({ source, paragraphs }) => `${source.label} [${source.id}], ¶${formatParagraphs(paragraphs)}`,
        ),
      },
    ],
  };
}

// What "quiet" means, under a table of issues that says it: the latest news of them, and how long ago.
function quietLine(brief: CountryBrief): string[] {
  const quiet = brief.issues
    .filter((i) => !i.via)
    .flatMap(({ record }) => {
      const item = brief.stale?.(record.id);
      return item?.kind === 'quiet' ? [item] : [];
    });
  if (quiet.length === 0) return [];
  const latest = quiet.reduce((a, b) => (b.lastNews!.end > a.lastNews!.end ? b : a));
  return [
    `Quiet: nothing dated about it for over ${durationText(latest.grace!.duration)} (the latest: ${humanDate(latest.lastNews!.date)}); car-brief stale says why.`,
  ];
}

/**
 * The key figures section: a table of figures, and a line counting the claims by kind. With
 * supportOf (a brief on more than one source), each figure says its support, and the line how
 * many claims rest on a single independent source.
 */
export function keyFigures(
  figures: readonly Claim[],
  claims: readonly Claim[],
  countryId: string,
  supportOf?: SupportOf,
): ReportSection {
  const count = (kind: Claim['kind']) => plural(claims.filter((c) => c.kind === kind).length, kind);
  const said = (c: Claim) => (supportOf ? ` (${supportWords(supportOf(c.sources))})` : '');
  const single = supportOf && claims.filter((c) => supportOf(c.sources).independent === 1).length;
  const singly = single === undefined ? '' : `, ${single} on a single source`;
  return {
    heading: `Key figures (${figures.length})`,
    table: {
      columns: ['figure', 'claim', 'kind', 'source'],
      rows: figures.map((c) => [
        c.figures.map(formatFigure).join('; '),
        c.statement + said(c),
        c.kind,
        formatParagraphRefs(c.sources),
      ]),
      // Citations of several sources wrap (one source's "¶2" stays whole).
      fixed: supportOf ? ['figure'] : ['figure', 'source'],
    },
    lines: [
      `Claims about it: ${claims.length} (${count('fact')}, ${count('report')}, ${count('assessment')})${singly}; car-brief claims --country ${countryId} lists them with the group-wide ones.`,
    ],
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "3" or "1; 3 across the Central Asian republics": own items first, then those shared through a group. */
export function countLabel(items: readonly Linked<unknown>[], group: (id: string) => string): string {
  const own = items.filter((item) => !item.via).length;
  const groups = [...new Set(items.flatMap((item) => (item.via ? [item.via] : [])))];
  const shared = groups.map((via) => `${items.filter((i) => i.via === via).length} across the ${group(via)}`);
  return [String(own), ...shared].join('; ');
}

function byGroup<T>(items: readonly Linked<T>[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const { record, via } of items) if (via) groups.set(via, [...(groups.get(via) ?? []), record]);
  return [...groups];
}

/** Colours of a brief's cells: planned and stalled stand out, inferred dates and group-wide items are dim. */
export function briefPaint(groups: readonly string[]): CellPainter {
  return (text, column, style) => {
    if (column === 'status') {
      if (text.includes('planned')) return style.yellow(text);
      if (text === 'stalled') return style.red(text);
      if (text.includes('inferred') || groups.some((g) => text.startsWith(g))) return style.dim(text);
    }
    if (column === 'kind' && text !== 'fact') return style.magenta(text);
    if (column === 'id' || column === 'date' || column === 'figure') return style.cyan(text);
    return text;
  };
}
