import { humanDate } from '../../model/human-dates.js';
import type { CountryBrief } from '../../query/country/brief.js';
import type { Actor, Issue } from '../../model/records.js';
import type { Partner } from '../../query/country/partners.js';
import type { Report } from '../../output/report.js';
import type { Screen } from './fit.js';
import { briefHead } from './country-report.js';
import type { SupportOf } from '../../query/support.js';
import { staleMark } from '../stale.js';

/**
 * The brief of the dataset's hub (Pakistan) as an overview: one row per partner country with the
 * state of their shared issues and the latest event; the whole brief is --full.
 */
export function hubReport(
  brief: CountryBrief,
  partners: readonly Partner[],
  groups: readonly (readonly [Actor, readonly Issue[]])[],
  screen?: Screen,
  supportOf?: SupportOf,
): Report {
  const latest = partners.map((partner) => latestCell(partner, brief.stale));
  const report = (cells: readonly string[]) => overview(brief, partners, groups, cells, supportOf);
  if (!screen) return report(latest);
  // One line per partner: a latest event too long for the screen loses its last words to "…".
  const oneLine = screen.measure(report(latest.map(() => '')));
  const cells = latest.map(() => '');
  for (let i = 0; i < cells.length; i++) {
    cells[i] = latest[i]!;
    const words = latest[i]!.split(' ');
    while (words.length > 1 && screen.measure(report(cells)) > oneLine) {
      words.pop();
      cells[i] = `${words.join(' ')}…`;
    }
  }
  return report(cells);
}

function overview(
  brief: CountryBrief,
  partners: readonly Partner[],
  groups: readonly (readonly [Actor, readonly Issue[]])[],
  latest: readonly string[],
  supportOf: SupportOf | undefined,
): Report {
  const id = brief.country.id;
  const own = brief.issues.filter((i) => !i.via && i.record.countries.length === 1);
  return {
    ...briefHead(brief, supportOf),
    sections: [
      {
        heading: `Partners (${partners.length})`,
        table: {
          columns: ['partner', 'issues', 'latest event'],
          rows: partners.map(({ country, issues }, i) => [country.name, issueState(issues), latest[i]!]),
          fixed: ['partner'],
        },
        lines: [
          ...groupLines(partners, groups),
          ...(own.length ? [`Its own: ${own.map((i) => i.record.title).join('; ')}.`] : []),
          `A partner's brief: car-brief country <partner>; all of this one: car-brief country ${id} --full.`,
        ],
        empty: 'No partner in the data.',
      },
    ],
  };
}

// "1 stalled, 2 open", or "no own issue" (the group's are on a line of their own).
function issueState(issues: readonly Issue[]): string {
  const statuses = [...new Set(issues.map((i) => i.status))].sort().reverse(); // stalled before open
  const counts = statuses.map((status) => `${issues.filter((i) => i.status === status).length} ${status}`);
  return counts.length ? counts.join(', ') : 'no own issue';
}

// A partner's latest event, marked as the brief marks it: planned or ongoing, and * where it names
// the partner's group rather than the partner ("from Jul 2024 (planned)*: …", a line under the table).
function latestCell({ latest, via }: Partner, stale?: CountryBrief['stale']): string {
  if (!latest) return '';
  const marks = [latest.status === 'happened' ? '' : latest.status, staleMark(stale?.(latest.id), true)];
  const status = marks.some(Boolean) ? ` (${marks.filter(Boolean).join(', ')})` : '';
  return `${humanDate(latest.date)}${status}${via ? '*' : ''}: ${latest.title}`;
}

// What * means, said on the line of the group it stands for (one line more would cost a screen
// its last row); a group with no open issue gets a line of its own.
function groupLines(
  partners: readonly Partner[],
  groups: readonly (readonly [Actor, readonly Issue[]])[],
): string[] {
  const marked = new Set(partners.flatMap((p) => (p.via ? [p.via.id] : [])));
  const star = '; * marks an event of them all';
  const lines = groups.map(
    ([group, issues]) =>
      `Across the ${group.name}: ${issueState(issues)}${marked.has(group.id) ? star : ''}.`,
  );
  const unlisted = partners.flatMap((p) =>
    p.via && !groups.some(([group]) => group.id === p.via!.id) ? [p.via.name] : [],
  );
  return [...lines, ...[...new Set(unlisted)].map((name) => `* an event of the ${name} as a whole.`)];
}
