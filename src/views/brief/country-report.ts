import { humanDate } from '../../model/human-dates.js';
import type { CountryBrief, Linked } from '../../query/country/brief.js';
import type { Actor, Claim, Event, Issue } from '../../model/records.js';
import { formatFigure, formatParagraphRefs, formatParagraphs } from '../../model/format.js';
import type { Report, ReportSection } from '../../output/report.js';
import type { CellPainter } from '../../output/table.js';
import { disagreementMark } from '../disagreements.js';
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

/** The title, subtitle and relations summary of a brief. */
export function briefHead(brief: CountryBrief): Pick<Report, 'title' | 'subtitle' | 'intro' | 'paint'> {
  const { country } = brief;
  return {
    title: country.name,
    subtitle: [
      country.iso2,
      country.iso3,
      `capital ${country.capital}`,
      country.region,
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

/** The brief as a one-screen report for people. */
export function countryReport(brief: CountryBrief, name: (id: string) => string): Report {
  const group = groupLabel(brief);
  const people = brief.actors.filter((a) => ['person', 'organisation', 'armed-group'].includes(a.kind));
  const things = brief.actors.filter((a) => !people.includes(a));
  return {
    ...briefHead(brief),
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
      keyFigures(brief.keyFigures, brief.claims, brief.country.id),
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

/** The key figures section: a table of figures, and a line counting the claims by kind. */
export function keyFigures(
  figures: readonly Claim[],
  claims: readonly Claim[],
  countryId: string,
): ReportSection {
  const count = (kind: Claim['kind']) => plural(claims.filter((c) => c.kind === kind).length, kind);
  return {
    heading: `Key figures (${figures.length})`,
    table: {
      columns: ['figure', 'claim', 'kind', 'source'],
      rows: figures.map((c) => [
        c.figures.map(formatFigure).join('; '),
        c.statement,
        c.kind,
        formatParagraphRefs(c.sources),
      ]),
      fixed: ['figure', 'source'],
    },
    lines: [
      `Claims about it: ${claims.length} (${count('fact')}, ${count('report')}, ${count('assessment')}); car-brief claims --country ${countryId} lists them with the group-wide ones.`,
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
