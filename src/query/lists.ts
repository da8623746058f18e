import type { Dataset } from '../dataset/dataset.js';
import type { DateSpan } from '../model/dates.js';
import type { Actor, Claim, Event, Issue } from '../model/records.js';
import {
  buildCountryBrief,
  claimsAbout,
  groupsOf,
  linkedSlots,
  linkedTo,
  namesAnother,
  readLinks,
  type Linked,
} from './country/brief.js';
import { hubOf } from './country/hub.js';
import { anyOf, attributedTo, overlaps, within, type Filters } from './filters.js';
import { supportIn } from './support.js';
import type { StaleItem } from './stale/judge.js';

// The filtered lists behind `timeline`, `events`, `actors`, `issues` and `claims`. A --country
// keeps what names the country itself or a group it belongs to (via says which group).

/** An event as timeline lists it: linked to the --country asked for, with its date's span. */
export interface DatedEvent extends Linked<Event> {
  /** Its slot in the dataset (what its compiled JSON and row are found by), when it came from one. */
  readonly slot?: number;
  readonly span: DateSpan;
  /** Why it is stale as of the as-of date, where the command judged it so. */
  readonly stale?: StaleItem | undefined;
}

/**
 * Events matching the filters, in date order (EDTF: earliest possible moment first). When only
 * --country and dates filter them, their records are read only if asked for (event.record):
 * timeline prints an event's row or JSON from the compiled dataset without reading it.
 */
export function selectEvents(dataset: Dataset, filters: Filters): DatedEvent[] {
  // In date order by their slots alone; records are read a batch at a time, only as far as
  // --limit needs (the first five of 100,000 events need not read the rest).
  const links = linkedSlotsAny(dataset, 'events', filters.countries);
  const order = [...links.keys()].sort((a, b) => dataset.eventRankAt(a) - dataset.eventRankAt(b));
  const { actors, issues, tags, types, statuses } = filters;
  if ([actors, issues, tags, types, statuses].every((list) => list.length === 0)) {
    const events: DatedEvent[] = [];
    for (const slot of order) {
      if (events.length === filters.limit) break;
      const span = dataset.eventSpanAt(slot);
      if (overlaps(span, filters.span) && within(span, filters.within))
        events.push(unreadEvent(dataset, slot, span, links.get(slot)));
    }
    return events;
  }
  const events: DatedEvent[] = [];
  const batch = filters.limit === undefined ? order.length : Math.max(64, filters.limit);
  for (let i = 0; i < order.length && events.length !== filters.limit; i += batch) {
    const slots = order.slice(i, i + batch);
    const entries = dataset.entries(slots);
    for (let k = 0; k < slots.length && events.length !== filters.limit; k++) {
      const record = entries[k]!.record as Event;
      const span = dataset.eventSpanAt(slots[k]!);
      if (
        anyOf(filters.actors, () => [...record.actors.map((a) => a.id), ...record.countries]) &&
        anyOf(filters.issues, record.issues) &&
        anyOf(filters.tags, record.tags) &&
        anyOf(filters.types, () => [record.type]) &&
        anyOf(filters.statuses, () => [record.status]) &&
        overlaps(span, filters.span) &&
        within(span, filters.within)
      ) {
        const via = links.get(slots[k]!);
        const slot = slots[k]!;
        events.push(via === undefined ? { record, slot, span } : { record, via, slot, span });
      }
    }
  }
  return events;
}

// An event whose record is read when first asked for (and then kept by the dataset).
function unreadEvent(dataset: Dataset, slot: number, span: DateSpan, via: string | undefined): DatedEvent {
  const event = via === undefined ? { slot, span } : { via, slot, span };
  return Object.defineProperty(event, 'record', {
    enumerable: true,
    get: () => dataset.entry(slot).record as Event,
  }) as DatedEvent;
}

/**
 * How many events match the filters, --limit aside. With no filter but --country, the links
 * alone say (no record is read: `timeline --limit 5` stays cheap on 100,000 events).
 */
export function countEvents(dataset: Dataset, filters: Filters): number {
  const { actors, issues, tags, types, statuses, span } = filters;
  const undated = span === undefined && filters.within === undefined;
  if ([actors, issues, tags, types, statuses].every((list) => list.length === 0) && undated) {
    return linkedSlotsAny(dataset, 'events', filters.countries).size;
  }
  return selectEvents(dataset, { ...filters, limit: undefined }).length;
}

/** Issues matching the filters, in the dataset's order. */
export function selectIssues(dataset: Dataset, filters: Filters): Linked<Issue>[] {
  const issues = linkedToAny(dataset, 'issues', filters.countries).filter(
    ({ record }) =>
      anyOf(filters.actors, () => [...record.actors, ...record.countries]) &&
      anyOf(filters.tags, record.tags) &&
      anyOf(filters.statuses, () => [record.status]),
  );
  return limit(issues, filters);
}

/** Actors matching the filters: a country keeps itself and the actors that belong to or work in it. */
export function selectActors(dataset: Dataset, filters: Filters): Actor[] {
  const actors = dataset.actors.filter(
    (actor) =>
      anyOf(filters.countries, () => [actor.id, ...(actor.countries ?? []), ...(actor.members ?? [])]) &&
      anyOf(filters.kinds, () => [actor.kind]) &&
      anyOf(filters.tags, actor.tags ?? []),
  );
  return limit(actors, filters);
}

/**
 * Claims matching the filters. A country keeps the claims of its brief (about it, its issues,
 * events and projects) and the group-wide ones: about a group it belongs to, or the group's
 * issues and events (via: the group).
 */
export function selectClaims(dataset: Dataset, filters: Filters): Linked<Claim>[] {
  const scope = claimScope(dataset, filters.countries);
  const { independent } = filters;
  const supportOf = independent && supportIn(dataset);
  const claims: Linked<Claim>[] = [];
  for (const claim of dataset.claims) {
    if (
      (scope === undefined || scope.has(claim)) &&
      anyOf(filters.actors, claim.about) &&
      anyOf(filters.issues, claim.about) &&
      anyOf(filters.kinds, () => [claim.kind]) &&
      anyOf(filters.tags, claim.tags) &&
      (!filters.disagreements || (claim.disagreements?.length ?? 0) > 0) &&
      (filters.attributions === undefined || attributedTo(claim.attribution, filters.attributions)) &&
      (filters.span === undefined || claimDated(dataset, claim, filters.span)) &&
      (!supportOf || between(supportOf(claim.sources).independent, independent!))
    ) {
      const via = scope?.get(claim);
      claims.push(via === undefined ? { record: claim } : { record: claim, via });
    }
  }
  return limit(claims, filters);
}

// True when n lies within the bounds (both included).
function between(n: number, bounds: { readonly min: number; readonly max: number }): boolean {
  return n >= bounds.min && n <= bounds.max;
}

/**
 * True when an event the claim is about (named in its `about`) overlaps the span, by the rule
 * `timeline --since/--until` uses. A claim about no event (only actors or issues) has no date and
 * is never kept by a date filter: an issue's `since` says when a problem began, not when what a
 * claim says of it was so.
 */
export function claimDated(dataset: Dataset, claim: Claim, span: DateSpan): boolean {
  return datedEventsOf(dataset, claim).some((slot) => overlaps(dataset.eventSpanAt(slot), span));
}

/** The slots of the events a claim is about. */
export function datedEventsOf(dataset: Dataset, claim: Claim): number[] {
  return claim.about.flatMap((id) => {
    const entry = dataset.get(id);
    return entry?.type === 'event' ? [dataset.slotOf(entry.record)] : [];
  });
}

// The claims of the countries' briefs (via undefined) and their groups' claims (via the group),
// a claim of one country's own brief never marked as another's group-wide; undefined: no --country.
function claimScope(
  dataset: Dataset,
  countries: readonly string[],
): Map<Claim, string | undefined> | undefined {
  if (countries.length === 0) return undefined;
  const scope = new Map<Claim, string | undefined>();
  for (const id of countries)
    for (const claim of buildCountryBrief(dataset, dataset.get(id)!.record as Actor).claims)
      scope.set(claim, undefined);
  const hub = hubOf(dataset);
  for (const id of countries) {
    const shared = [...linkedTo(dataset, 'issues', id), ...linkedTo(dataset, 'events', id)];
    for (const group of groupsOf(dataset, id)) {
      const ids = [group.id, ...shared.filter((s) => s.via === group.id).map((s) => s.record.id)];
      // A claim reached only through a shared issue or event may be about another country (one
      // republic's purchase, Azerbaijan's arms deals): it is group-wide only if it names no country
      // but this one and the hub.
      const mine = new Set([id, ...(hub === undefined ? [] : [hub])]);
      for (const claim of claimsAbout(dataset, ids)) {
        const groupWide = claim.about.includes(group.id) || !namesAnother(dataset, claim, mine);
        if (!scope.has(claim) && groupWide) scope.set(claim, group.id);
      }
    }
  }
  return scope;
}

// The records linked to any of the countries (all of them when there are none), in load order,
// each linked directly to one if it can be, else through a group.
function linkedToAny<K extends 'events' | 'issues'>(
  dataset: Dataset,
  collection: K,
  countries: readonly string[],
): Linked<K extends 'events' ? Event : Issue>[] {
  return readLinks(dataset, linkedSlotsAny(dataset, collection, countries));
}

// linkedToAny by slot, without reading the records.
function linkedSlotsAny(
  dataset: Dataset,
  collection: 'events' | 'issues',
  countries: readonly string[],
): Map<number, string | undefined> {
  const best = new Map<number, string | undefined>();
  if (countries.length === 0) {
    const [first, end] = dataset.range(collection);
    for (let slot = first; slot < end; slot++) best.set(slot, undefined);
    return best;
  }
  for (const id of countries) {
    for (const [slot, via] of linkedSlots(dataset, collection, id)) {
      if (!best.has(slot) || (best.get(slot) !== undefined && via === undefined)) best.set(slot, via);
    }
  }
  return best;
}

function limit<T>(items: T[], filters: Filters): T[] {
  return filters.limit === undefined ? items : items.slice(0, filters.limit);
}
