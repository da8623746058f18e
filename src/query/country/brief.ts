import type { Dataset } from '../../dataset/dataset.js';
import {
  paragraphsBySource,
  type Actor,
  type Citation,
  type Claim,
  type Event,
  type Issue,
  type Source,
} from '../../model/records.js';
import { hubOf } from './hub.js';
import type { AsOf } from '../../model/as-of.js';
import type { StaleItem } from '../stale/judge.js';

/** A record linked to a country either directly or through a group it belongs to (via: the group's id). */
export interface Linked<T> {
  readonly record: T;
  readonly via?: string;
}

/** Where a brief's content comes from: a source and the paragraphs cited. */
export interface SourceUse {
  readonly source: Source;
  readonly paragraphs: readonly number[];
}

/** Everything the dataset says about one country, as the country command shows it. */
export interface CountryBrief {
  readonly country: Actor;
  readonly groups: readonly Actor[];
  readonly issues: readonly Linked<Issue>[];
  readonly events: readonly Linked<Event>[];
  readonly actors: readonly Actor[];
  readonly claims: readonly Claim[];
  /** Claims with numbers about the country itself or a project it takes part in: its key figures. */
  readonly keyFigures: readonly Claim[];
  readonly sources: readonly SourceUse[];
  /** Why a record of the brief is stale as of the as-of date, where the command judged it (undefined: not stale). */
  readonly stale?: (id: string) => StaleItem | undefined;
  /** The as-of date, where it is not today (--as-of, or the dataset file's): the brief says it. */
  readonly asOf?: AsOf;
}

const SHARED_UNDERTAKINGS = ['project', 'initiative'];
const ACTOR_ORDER = [
  'person',
  'organisation',
  'armed-group',
  'project',
  'initiative',
  'weapon-system',
  'place',
];

/** The groups (e.g. the Central Asian republics) a country is a member of. */
export function groupsOf(dataset: Dataset, countryId: string): Actor[] {
  return dataset.actors.filter((actor) => actor.kind === 'group' && actor.members?.includes(countryId));
}

/**
 * The records of a collection that name a country, directly or through a group it belongs to
 * (the first such group, in the order of the actors), in load order.
 */
export function linkedTo<K extends 'events' | 'issues'>(
  dataset: Dataset,
  collection: K,
  countryId: string,
): Linked<K extends 'events' ? Event : Issue>[] {
  return readLinks(dataset, linkedSlots(dataset, collection, countryId));
}

/** Which records of a collection name a country, and through which group (undefined: directly), by slot; nothing is read. */
export function linkedSlots(
  dataset: Dataset,
  collection: 'events' | 'issues',
  countryId: string,
): Map<number, string | undefined> {
  const [first, end] = dataset.range(collection);
  const via = new Map<number, string | undefined>();
  for (const id of [countryId, ...groupsOf(dataset, countryId).map((g) => g.id)]) {
    for (const slot of dataset.referrers(id, ['countries'])) {
      if (slot >= first && slot < end && !via.has(slot)) via.set(slot, id === countryId ? undefined : id);
    }
  }
  return via;
}

/** The records of linked slots, in load order. */
export function readLinks<T>(dataset: Dataset, via: ReadonlyMap<number, string | undefined>): Linked<T>[] {
  const slots = [...via.keys()].sort((a, b) => a - b);
  return dataset.entries(slots).map((entry, i) => {
    const record = entry.record as T;
    const group = via.get(slots[i]!);
    return group === undefined ? { record } : { record, via: group };
  });
}

/** Events in date order (EDTF: earliest possible moment first; ties in load order). */
export function byDate<T extends { record: Event }>(dataset: Dataset, events: readonly T[]): T[] {
  const ranks = new Float64Array(events.length);
  events.forEach((event, i) => (ranks[i] = dataset.eventRankAt(dataset.slotOf(event.record))));
  const order = Array.from(events.keys()).sort((a, b) => ranks[a]! - ranks[b]!);
  return order.map((i) => events[i]!);
}

/** Gathers a country's issues, events (date order), actors, claims and sources. */
export function buildCountryBrief(dataset: Dataset, country: Actor): CountryBrief {
  const groups = groupsOf(dataset, country.id);
  const issues = linkedTo(dataset, 'issues', country.id);
  const events = byDate(dataset, linkedTo(dataset, 'events', country.id));
  // A claim belongs to the brief when it is about the country, one of its own issues or events,
  // or a project or initiative the country takes part in (TAPI's length is Turkmenistan's business).
  const undertakings = dataset.actors
    .filter((a) => SHARED_UNDERTAKINGS.includes(a.kind) && a.countries?.includes(country.id))
    .map((a) => a.id);
  const own = new Set([country.id, ...undertakings]);
  const direct = new Set<string>([
    ...own,
    ...issues.filter((i) => !i.via).map((i) => i.record.id),
    ...events.filter((e) => !e.via).map((e) => e.record.id),
  ]);
  // A claim reached only through an issue or event may be another country's: on the issue of arms
  // sales that Azerbaijan shares with the republics, a claim about the republics is not Azerbaijan's.
  const hub = hubOf(dataset);
  const mine = new Set([...own, ...(hub === undefined ? [] : [hub])]);
  const claims = claimsAbout(dataset, direct).filter(
    (claim) => claim.about.some((id) => own.has(id)) || !namesAnother(dataset, claim, mine),
  );
  const keyFigures = claims.filter(
    (claim) => claim.figures.length > 0 && claim.about.some((id) => own.has(id)),
  );
  // Actors linked to the country itself (its projects, its office-holders) or named by its own
  // issues and events; not everyone a claim names (TAPI's claims name Pakistan's army chief and
  // party, which are not India's people).
  const actorIds = new Set<string>();
  for (const { record, via } of events) if (!via) record.actors.forEach((a) => actorIds.add(a.id));
  for (const { record, via } of issues) if (!via) record.actors.forEach((id) => actorIds.add(id));
  for (const actor of dataset.actors) {
    const linked = actor.countries?.includes(country.id) || actor.roles?.some((r) => r.org === country.id);
    if (linked) actorIds.add(actor.id);
  }
  const actors = dataset.actors
    .filter((actor) => actorIds.has(actor.id) && ACTOR_ORDER.includes(actor.kind))
    .sort((a, b) => ACTOR_ORDER.indexOf(a.kind) - ACTOR_ORDER.indexOf(b.kind));
  const cited = [country, ...issues.map((i) => i.record), ...events.map((e) => e.record), ...claims];
  return { country, groups, issues, events, actors, claims, keyFigures, sources: sourceUses(dataset, cited) };
}

/** Whether a claim names a country or group outside those given: it is then that one's claim. */
export function namesAnother(dataset: Dataset, claim: Claim, given: ReadonlySet<string>): boolean {
  return claim.about.some((id) => {
    if (given.has(id)) return false;
    const kind = (dataset.get(id)?.record as Actor | undefined)?.kind;
    return kind === 'country' || kind === 'group';
  });
}

/** The claims about any of these ids, in load order. */
export function claimsAbout(dataset: Dataset, ids: Iterable<string>): Claim[] {
  const slots = new Set<number>();
  for (const id of ids) for (const slot of dataset.referrers(id, ['about'])) slots.add(slot);
  return dataset.entries([...slots].sort((a, b) => a - b)).map((entry) => entry.record as Claim);
}

/** The sources cited by records, each with the sorted paragraphs cited. */
export function sourceUses(
  dataset: Dataset,
  records: readonly { sources: readonly Citation[] }[],
): SourceUse[] {
  const paragraphs = paragraphsBySource(records.flatMap((record) => record.sources));
  return dataset.sources
    .filter((source) => paragraphs.has(source.id))
    .map((source) => ({ source, paragraphs: paragraphs.get(source.id)! }));
}
