import type { Dataset } from '../../dataset/dataset.js';
import type { AsOf } from '../../model/as-of.js';
import type { Claim, Event, Issue } from '../../model/records.js';
import { addDuration, dateEnds, dayAfter, firstPartSpan } from '../../model/windows.js';
import { sourceOf } from '../lookup.js';
import { staleSettings, type StaleSettings, type Timed } from './settings.js';
import { planWindow, wordsWindow, type PlanWindow } from './window.js';

// What has gone stale by the as-of date, by its own meaning: a plan whose window passed with
// nothing later recorded about it, a pending claim whose outcome is overdue, an open issue with
// nothing dated for a long time. Happened events and resolved issues are never stale.

/** Why a record is stale: an overdue plan, an ongoing event gone quiet, an overdue pending claim, a quiet issue. */
export type StaleKind = 'planned' | 'ongoing' | 'pending' | 'quiet';

/** A record gone stale, and why. */
export interface StaleItem {
  readonly id: string;
  readonly collection: 'events' | 'claims' | 'issues';
  readonly kind: StaleKind;
  /** An event's or issue's title, a claim's statement. */
  readonly title: string;
  /** The first day it counts as stale (ms). */
  readonly since: number;
  /** A plan's or pending claim's window (an ongoing event's: its date). */
  readonly window?: PlanWindow;
  /** How long after its window it was given (stale_after), when it was given any. */
  readonly grace?: Timed;
  /** An issue's latest dated record: its date (EDTF), and the moment it ends (ms, at most the as-of date). */
  readonly lastNews?: { readonly date: string; readonly end: number };
  /** The words of a pending claim that say its outcome is still to come. */
  readonly words?: string;
}

const KIND_ORDER: readonly StaleKind[] = ['planned', 'ongoing', 'pending', 'quiet'];

/** Judges records of a dataset as of a date, each once. */
export class StaleJudge {
  readonly settings: StaleSettings;
  private readonly judged = new Map<string, StaleItem | undefined>();
  private readonly published = new Map<string, number | undefined>();

  constructor(
    private readonly dataset: Dataset,
    readonly asOf: AsOf,
  ) {
    this.settings = staleSettings(dataset.info.settings);
  }

  /** Every stale record, the longest stale first (then plans, pending claims, issues). */
  all(): StaleItem[] {
    const { dataset } = this;
    const items = [
      ...dataset.events.filter((e) => e.status !== 'happened').map((e) => this.event(e)),
      ...dataset.claims.filter((c) => c.pending !== undefined).map((c) => this.claim(c)),
      ...dataset.issues.filter((i) => i.status !== 'resolved').map((i) => this.issue(i)),
    ].filter((item): item is StaleItem => item !== undefined);
    return items.sort((a, b) => a.since - b.since || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  }

  /** The record with this id, if it is stale (only events, claims and issues can be). */
  byId(id: string): StaleItem | undefined {
    const entry = this.dataset.get(id);
    if (entry?.type === 'event') return this.event(entry.record);
    if (entry?.type === 'issue') return this.issue(entry.record);
    return entry?.type === 'claim' ? this.claim(entry.record) : undefined;
  }

  /** A planned or ongoing event, if stale. */
  event(event: Event): StaleItem | undefined {
    return this.once(event.id, () => {
      if (event.status === 'happened' || this.laterNews(event, event.date)) return undefined;
      const quotes = event.sources.map((c) => c.quote);
      if (event.status === 'planned') {
        const window = planWindow(event.date, quotes, this.settings);
        return window && this.overdue(event, 'events', 'planned', window, this.settings.after.planned);
      }
      const { end } = dateEnds(event.date);
      const last = end ?? firstPartSpan(event.date)?.end;
      if (last === undefined) return undefined;
      const window: PlanWindow = { rule: 'date', from: event.date, closes: dayAfter(last) };
      return this.overdue(event, 'events', 'ongoing', window, this.settings.after.ongoing);
    });
  }

  /**
   * A pending claim, if overdue: its window is its expected date's, else its planned events'
   * (it goes stale with them), else what its words give it from its sources' date. A claim about
   * events none of which is still planned or ongoing is settled.
   */
  claim(claim: Claim): StaleItem | undefined {
    return this.once(claim.id, () => {
      const pending = claim.pending;
      if (!pending) return undefined;
      const events = claim.about.flatMap((id) => {
        const entry = this.dataset.get(id);
        return entry?.type === 'event' ? [entry.record] : [];
      });
      const open = events.filter((e) => e.status !== 'happened');
      if (events.length > 0 && open.length === 0) return undefined;
      if (this.laterNews(claim, this.toldOn(claim)?.date) || open.some((e) => this.laterNews(e, e.date)))
        return undefined;
      const quotes = claim.sources.map((c) => c.quote);
      const window = pending.expected
        ? planWindow(pending.expected, quotes, this.settings)
        : open.length > 0
          ? latest(
              open.map((e) =>
                planWindow(
                  e.date,
                  e.sources.map((c) => c.quote),
                  this.settings,
                ),
              ),
            )
          : this.toldWindow(claim, quotes);
      if (!window) return undefined;
      const item = this.overdue(claim, 'claims', 'pending', window, this.settings.after.planned);
      return item && { ...item, title: claim.statement, words: pending.words };
    });
  }

  /** An open or stalled issue with nothing dated for longer than stale_after.issue. */
  issue(issue: Issue): StaleItem | undefined {
    return this.once(issue.id, () => {
      if (issue.status === 'resolved') return undefined;
      const dates = [
        ...(issue.since === undefined ? [] : [issue.since]),
        ...this.eventsOf(issue.id).map((e) => e.date),
        ...this.sourceDates([issue, ...this.claimsAbout(issue.id)]),
      ];
      // A date running past the as-of date is news up to it.
      const lastNews = latestDate(dates, this.asOf.end);
      if (!lastNews) return undefined;
      const grace = this.settings.after.issue;
      const since = addDuration(dayAfter(lastNews.end), grace.duration);
      if (since > this.asOf.end) return undefined;
      return {
        id: issue.id,
        collection: 'issues',
        kind: 'quiet',
        title: issue.title,
        since,
        grace,
        lastNews,
      };
    });
  }

  private once(id: string, judge: () => StaleItem | undefined): StaleItem | undefined {
    if (!this.judged.has(id)) this.judged.set(id, judge());
    return this.judged.get(id);
  }

  // The item, when the window and the time given after it have passed by the as-of date.
  private overdue(
    record: { id: string; title?: string },
    collection: StaleItem['collection'],
    kind: StaleKind,
    window: PlanWindow,
    grace: Timed,
  ): StaleItem | undefined {
    const since = addDuration(window.closes, grace.duration);
    if (since > this.asOf.end) return undefined;
    const given = since === window.closes ? {} : { grace };
    return { id: record.id, collection, kind, title: record.title ?? record.id, since, window, ...given };
  }

  /**
   * True when another record names this one and cites a source it does not, published once its
   * date had begun: news of it from elsewhere (a later article saying the visit took place).
   */
  private laterNews(record: { id: string; sources: readonly { source: string }[] }, date?: string): boolean {
    const own = new Set(record.sources.map((c) => c.source));
    const begins = (date === undefined ? undefined : dateEnds(date).start) ?? -Infinity;
    // (the records naming it read together: cheaper than one by one)
    return this.dataset.entries(this.dataset.referrers(record.id)).some((entry) => {
      if (entry.type === 'source' || entry.record.id === record.id) return false;
      return entry.record.sources.some((c) => {
        if (own.has(c.source)) return false;
        const start = this.publishedStart(c.source);
        return start !== undefined && start >= begins;
      });
    });
  }

  // When a source's published date begins (undefined: no such source), learnt once per source.
  private publishedStart(id: string): number | undefined {
    if (!this.published.has(id)) {
      const published = sourceOf(this.dataset, id)?.published;
      this.published.set(id, published === undefined ? undefined : dateEnds(published).start);
    }
    return this.published.get(id);
  }

  // When a claim was told: the latest date of the sources it cites (its latest end).
  private toldOn(claim: Claim): { date: string; end: number } | undefined {
    return latestDate(this.sourceDates([claim]));
  }

  private toldWindow(claim: Claim, quotes: readonly string[]): PlanWindow | undefined {
    const told = this.toldOn(claim);
    return told && wordsWindow(told.date, told.end, quotes, this.settings);
  }

  // The publication dates of the sources these records cite.
  private sourceDates(records: readonly { sources: readonly { source: string }[] }[]): string[] {
    const ids = new Set(records.flatMap((r) => r.sources.map((c) => c.source)));
    return [...ids].flatMap((id) => {
      const published = sourceOf(this.dataset, id)?.published;
      return published === undefined ? [] : [published];
    });
  }

  private eventsOf(issueId: string): Event[] {
    const [first, end] = this.dataset.range('events');
    const slots = this.dataset.referrers(issueId, ['issues']).filter((s) => s >= first && s < end);
    return this.dataset.entries(slots).map((entry) => entry.record as Event);
  }

  private claimsAbout(id: string): Claim[] {
    const [first, end] = this.dataset.range('claims');
    const slots = this.dataset.referrers(id, ['about']).filter((s) => s >= first && s < end);
    return this.dataset.entries(slots).map((entry) => entry.record as Claim);
  }
}

// The date that ends last (its end, else its start for an open end), at most cap.
function latestDate(dates: readonly string[], cap = Infinity): { date: string; end: number } | undefined {
  let latest: { date: string; end: number } | undefined;
  for (const date of dates) {
    const { start, end } = dateEnds(date);
    const last = end ?? start;
    if (last !== undefined && (!latest || Math.min(last, cap) > latest.end))
      latest = { date, end: Math.min(last, cap) };
  }
  return latest;
}

// The window that closes last.
function latest(windows: readonly (PlanWindow | undefined)[]): PlanWindow | undefined {
  return windows.reduce<PlanWindow | undefined>(
    (a, b) => (b === undefined ? a : a === undefined || b.closes > a.closes ? b : a),
    undefined,
  );
}
