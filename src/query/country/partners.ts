import type { Dataset } from '../../dataset/dataset.js';
import type { Actor, Event, Issue } from '../../model/records.js';
import type { CountryBrief } from './brief.js';

/** What a country shares with one partner: its unresolved issues and its latest event. */
export interface Partner {
  readonly country: Actor;
  /** The brief's own unresolved issues that name the partner itself. */
  readonly issues: readonly Issue[];
  /** The brief's latest own event naming the partner (or its group), if any. */
  readonly latest?: Event;
  /** The group that latest event names the partner through ("Central Asian republics"), if it names a group. */
  readonly via?: Actor;
}

/** The other countries a record names, a group standing for its members. */
function countriesNamed(dataset: Dataset, ids: readonly string[]): Set<string> {
  const named = new Set<string>();
  for (const id of ids) {
    const actor = dataset.get(id)?.record as Actor | undefined;
    if (actor?.kind === 'country') named.add(id);
    for (const member of actor?.kind === 'group' ? (actor.members ?? []) : []) named.add(member);
  }
  return named;
}

// The group an event names that has the country among its members.
function groupNaming(dataset: Dataset, event: Event, country: string): Actor | undefined {
  return event.countries
    .map((id) => dataset.get(id)?.record as Actor | undefined)
    .find((actor) => actor?.kind === 'group' && (actor.members ?? []).includes(country));
}

/** The partners of a brief's country, in the order of the actors, each with what they share. */
export function partnersOf(dataset: Dataset, brief: CountryBrief): Partner[] {
  // Issues and events of the brief's own that name a partner itself; a group's, only for the latest
  // event of a partner that has none of its own (group-wide issues are counted once, for the group).
  const own = <T extends Event | Issue>(items: readonly { record: T; via?: string }[]) =>
    items.filter((item) => !item.via).map((item) => item.record);
  const issues = own(brief.issues);
  const events = own(brief.events); // date order: the last one naming a partner is its latest
  return dataset.actors
    .filter((actor) => actor.kind === 'country' && actor.id !== brief.country.id)
    .map((country): Partner => {
      const direct = events.filter((e) => e.countries.includes(country.id)).at(-1);
      const byGroup = events.filter((e) => countriesNamed(dataset, e.countries).has(country.id)).at(-1);
      const latest = direct ?? byGroup;
      const via = direct ? undefined : byGroup && groupNaming(dataset, byGroup, country.id);
      return {
        country,
        issues: issues.filter((i) => i.countries.includes(country.id) && i.status !== 'resolved'),
        ...(latest ? { latest } : {}),
        ...(via ? { via } : {}),
      };
    })
    .filter((p) => p.issues.length > 0 || p.latest !== undefined);
}

/** The brief's own unresolved issues that name a group (the Central Asian republics) as a whole, by group. */
export function groupIssuesOf(dataset: Dataset, brief: CountryBrief): [Actor, Issue[]][] {
  const open = brief.issues.filter((i) => !i.via && i.record.status !== 'resolved').map((i) => i.record);
  return dataset.actors
    .filter((actor) => actor.kind === 'group')
    .map((group): [Actor, Issue[]] => [group, open.filter((i) => i.countries.includes(group.id))])
    .filter(([, issues]) => issues.length > 0);
}
