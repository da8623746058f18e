import type { AsOf } from '../model/as-of.js';
import { isoDay } from '../model/dates.js';
import { humanDate } from '../model/human-dates.js';
import { daysBetween, durationText, elapsedText, parseDuration, sinceText } from '../model/windows.js';
import { lazyView, type View } from '../output/render.js';
import type { CellPainter } from '../output/table.js';
import type { StaleItem } from '../query/stale/judge.js';
import type { PlanWindow } from '../query/stale/window.js';

/** TSV/CSV columns of `stale`: the first day stale (ISO) first, and how many days before the as-of date. */
export const STALE_COLUMNS = ['since', 'days', 'id', 'collection', 'kind', 'title', 'reason', 'as_of'];

/** Stale records: since when and why for people; every field for scripts; {id, collection, reason, since, ...} in JSON. */
export function staleView(items: readonly StaleItem[], asOf: AsOf): View {
  return lazyView(
    {
      rows: () => ({
        columns: STALE_COLUMNS,
        rows: items.map((item) => [
          isoDay(item.since),
          String(daysBetween(item.since, asOf.end)),
          item.id,
          item.collection,
          item.kind,
          item.title,
          staleReason(item),
          asOf.day,
        ]),
      }),
      table: () => ({
        columns: ['since', 'for', 'record', 'why', 'id'],
        rows: items.map((item) => [
          sinceText(item.since),
          elapsedText(item.since, asOf.end),
          item.title,
          staleReason(item),
          item.id,
        ]),
        fixed: ['since', 'for'],
        reader: 'record',
        minor: ['id'],
      }),
      json: () => items.map((item) => staleJson(item, asOf)),
    },
    paint,
  );
}

function staleJson(item: StaleItem, asOf: AsOf) {
  const { window } = item;
  return {
    id: item.id,
    collection: item.collection,
    kind: item.kind,
    title: item.title,
    reason: staleReason(item),
    since: isoDay(item.since),
    days: daysBetween(item.since, asOf.end),
    as_of: asOf.day,
    window: window
      ? {
          from: window.from,
          rule: window.rule,
          words: window.words ?? null,
          length: window.length ?? null,
          closes: isoDay(window.closes),
        }
      : null,
    stale_after: item.grace?.text ?? null,
    last_news: item.lastNews ? { date: item.lastNews.date, end: isoDay(item.lastNews.end) } : null,
    pending: item.words ?? null,
  };
}

/** Why a record is stale, in words: "planned from Jul 2024 for the “near future” (6 months); nothing later recorded". */
export function staleReason(item: StaleItem): string {
  const after = item.grace ? `, and ${durationText(item.grace.duration)} more` : '';
  switch (item.kind) {
    case 'planned':
      return `planned ${windowText(item.window!)}${after}; nothing later recorded`;
    case 'ongoing':
      return `ongoing, dated ${humanDate(item.window!.from)}, for ${durationText(item.grace!.duration)} after; nothing later recorded`;
    case 'pending':
      return `“${item.words ?? ''}”, ${windowText(item.window!, 'told ')}${after}; no outcome recorded`;
    case 'quiet':
      return `nothing dated after ${humanDate(item.lastNews!.date)}, for more than ${durationText(item.grace!.duration)}`;
  }
}

// A window in words: "for Mar 2025", "from Jul 2024 for the “near future” (6 months)".
function windowText(window: PlanWindow, told = ''): string {
  const from = humanDate(window.from);
  if (window.rule === 'date') return `for ${from}`;
  const length = durationText(parseDuration(window.length ?? 'P0D')!);
  const on = /^(from|until) /.test(from) ? from : `${told || 'in '}${from}`;
  if (window.rule === 'unstated') return `${on}, no time given (taken as ${length})`;
  const counted = window.rule === 'next_year' ? `${length} after that year` : length;
  return `${on} for the “${window.words ?? ''}” (taken as ${counted})`;
}

/**
 * A stale record marked in a few words for briefs, the timeline and fact: "overdue since Feb
 * 2025", "no news since Sep–Dec 2024"; short, where a line is tight: "overdue", "quiet".
 */
export function staleMark(item: StaleItem | undefined, short = false): string {
  if (!item) return '';
  if (item.kind === 'quiet') return short ? 'quiet' : `no news since ${humanDate(item.lastNews!.date)}`;
  const word = item.kind === 'ongoing' ? 'stale' : 'overdue';
  return short ? word : `${word} since ${sinceText(item.since)}`;
}

const paint: CellPainter = (text, column, style) => {
  if (column === 'since') return style.yellow(text);
  if (column === 'id') return style.cyan(text);
  return text;
};
