import type { CountryBrief } from '../../query/country/brief.js';
import type { Report, ReportSection } from '../../output/report.js';
import { briefHead, eventRows, groupLabel, issueStatus, itemSupport, keyFigures } from './country-report.js';
import type { SupportOf } from '../../query/support.js';

/** A terminal to fit: its rows, and how many lines a report takes on it once rendered. */
export interface Screen {
  readonly rows: number;
  readonly measure: (report: Report) => number;
}

type Budget = { issues: number; events: number; figures: number };
const SECTIONS = ['issues', 'events', 'figures'] as const;

/**
 * The brief cut to one screen: the relations summary, then as many unresolved issues, latest
 * events and key figures as fit (taken in turns), and a last line naming what was left out and
 * how to see it. One row is left for the shell prompt, so the title stays on the screen.
 */
export function fittedCountryReport(brief: CountryBrief, screen: Screen, supportOf?: SupportOf): Report {
  const available = {
    issues: openIssues(brief).length,
    events: brief.events.length,
    figures: brief.keyFigures.length,
  };
  const budget: Budget = { issues: 0, events: 0, figures: 0 };
  const fits = (b: Budget) => screen.measure(cutReport(brief, b, supportOf)) <= screen.rows - 1;
  const growing = new Set<keyof Budget>(SECTIONS.filter((s) => available[s] > 0));
  while (growing.size > 0) {
    for (const section of SECTIONS) {
      if (!growing.has(section)) continue;
      const next = { ...budget, [section]: budget[section] + 1 };
      if (fits(next)) budget[section] += 1;
      if (!fits(next) || budget[section] === available[section]) growing.delete(section);
    }
  }
  return cutReport(brief, budget, supportOf);
}

// Own unresolved issues first, then those shared through a group.
function openIssues(brief: CountryBrief) {
  const open = brief.issues.filter((i) => i.record.status !== 'resolved');
  return [...open.filter((i) => !i.via), ...open.filter((i) => i.via)];
}

// The brief with the first n issues, the latest n events and the first n key figures.
function cutReport(brief: CountryBrief, budget: Budget, supportOf: SupportOf | undefined): Report {
  const group = groupLabel(brief);
  const issues = openIssues(brief);
  const events = latestEvents(brief, budget.events);
  const figures = keyFigures(
    brief.keyFigures.slice(0, budget.figures),
    brief.claims,
    brief.country.id,
    itemSupport(brief, supportOf),
  );
  const sections: ReportSection[] = [];
  if (budget.issues > 0) {
    sections.push({
      heading: `Open issues (${shown(budget.issues, issues.length)})`,
      table: {
        columns: ['status', 'title'],
        rows: issues.slice(0, budget.issues).map(({ record, via }) => {
          const status = issueStatus(record, brief.stale, true);
          return [via ? `${status}; ${group(via)}` : status, record.title];
        }),
      },
    });
  }
  if (budget.events > 0) {
    sections.push({
      heading: `Latest events (${shown(budget.events, brief.events.length)})`,
      table: {
        columns: ['date', 'title', 'status'],
        rows: eventRows(events, group, brief.stale),
        fixed: ['date'],
      },
    });
  }
  if (budget.figures > 0) {
    sections.push({
      heading: `Key figures (${shown(budget.figures, brief.keyFigures.length)})`,
      table: figures.table!,
    });
  }
  // What was left out closes the last section (a heading of its own would cost two rows).
  const last = sections.pop() ?? { heading: 'More' };
  sections.push({ ...last, lines: [...(last.lines ?? []), leftOut(brief, budget, issues.length)] });
  return { ...briefHead(brief, supportOf), sections };
}

// The latest n events, the country's own before those shared through a group, in date order.
function latestEvents(brief: CountryBrief, n: number): CountryBrief['events'] {
  const latest = [...brief.events.filter((e) => e.via), ...brief.events.filter((e) => !e.via)].slice(
    brief.events.length - n,
  );
  return brief.events.filter((e) => latest.includes(e));
}

function shown(n: number, of: number): string {
  return n === of ? String(of) : `${n} of ${of}`;
}

// "Left out: 6 issues, 3 earlier events, people (10), claims (18), sources. car-brief country X --full ...".
function leftOut(brief: CountryBrief, budget: Budget, issues: number): string {
  const id = brief.country.id;
  const earlier = brief.events.length - budget.events;
  const parts = [
    count(issues - budget.issues, 'issue'),
    count(earlier, 'event'),
    count(brief.keyFigures.length - budget.figures, 'key figure'),
    brief.actors.length ? `people and things (${brief.actors.length})` : '',
    brief.claims.length ? `claims (${brief.claims.length})` : '',
    brief.sources.length ? 'sources' : '',
  ].filter((part) => part !== '' && !part.startsWith('0 '));
  const timeline = earlier > 0 ? `, every event: car-brief timeline --country ${id}` : '';
  return `Left out: ${parts.join(', ')}. All: car-brief country ${id} --full${timeline}.`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
