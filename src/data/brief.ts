import { paragraphsBySource, type Dataset } from './dataset.js';
import { compareEdtf } from './edtf.js';
import type { Actor, Citation, Claim, Event, Issue, Source } from './schema.js';

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

/** Links a record naming countries to one country: directly, through a group the country belongs to, or not. */
export function countryLinker(
  dataset: Dataset,
  countryId: string,
): <T extends { countries: readonly string[] }>(record: T) => Linked<T> | undefined {
  const groups = groupsOf(dataset, countryId);
  return (record) => {
    if (record.countries.includes(countryId)) return { record };
    const group = groups.find((g) => record.countries.includes(g.id));
    return group ? { record, via: group.id } : undefined;
  };
}

/** Gathers a country's issues, events (date order), actors, claims and sources. */
export function buildCountryBrief(dataset: Dataset, country: Actor): CountryBrief {
  const groups = groupsOf(dataset, country.id);
  const link = countryLinker(dataset, country.id);
  const issues = dataset.issues.flatMap((issue) => link(issue) ?? []);
  const events = dataset.events
    .flatMap((event) => link(event) ?? [])
    .sort((a, b) => compareEdtf(a.record.date, b.record.date));
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
  const claims = dataset.claims.filter((claim) => claim.about.some((id) => direct.has(id)));
  const keyFigures = claims.filter(
    (claim) => claim.figures.length > 0 && claim.about.some((id) => own.has(id)),
  );
  const actorIds = new Set<string>();
  for (const { record, via } of events) if (!via) record.actors.forEach((a) => actorIds.add(a.id));
  for (const { record, via } of issues) if (!via) record.actors.forEach((id) => actorIds.add(id));
  for (const claim of claims) claim.about.forEach((id) => actorIds.add(id));
  for (const actor of dataset.actors) if (actor.countries?.includes(country.id)) actorIds.add(actor.id);
  const actors = dataset.actors
    .filter((actor) => actorIds.has(actor.id) && ACTOR_ORDER.includes(actor.kind))
    .sort((a, b) => ACTOR_ORDER.indexOf(a.kind) - ACTOR_ORDER.indexOf(b.kind));
  const cited = [country, ...issues.map((i) => i.record), ...events.map((e) => e.record), ...claims];
  return { country, groups, issues, events, actors, claims, keyFigures, sources: sourceUses(dataset, cited) };
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
