import type { Dataset } from '../../dataset/dataset.js';
import { UsageError } from '../../errors.js';
import type { DateSpan } from '../../model/dates.js';
import type { Actor, Claim, Event, Issue } from '../../model/records.js';
import type { CountryBrief, Linked } from './brief.js';

// The facets `compare` sets side by side, taken from what the brief already gathers, so that a
// country compared says what its brief says.

/** The facets of one country that compare sets side by side. */
export interface CountryFacets {
  readonly country: Actor;
  /** The state of relations: the summary the brief opens with. */
  readonly relations: string;
  /** Issues not resolved (open or stalled), its own first, then those shared through a group. */
  readonly openIssues: readonly Linked<Issue>[];
  /** Every event linked to the country, in date order. */
  readonly events: readonly Linked<Event>[];
  /** The latest of its own events; the latest shared one only when it has none of its own. */
  readonly latest: LatestEvent | undefined;
  readonly keyFigures: readonly Claim[];
}

/** An event with the span of time its date can mean. */
export interface LatestEvent extends Linked<Event> {
  readonly span: DateSpan;
}

/** The facets of a country, from its brief. */
export function countryFacets(dataset: Dataset, brief: CountryBrief): CountryFacets {
  const open = brief.issues.filter(({ record }) => record.status !== 'resolved');
  const own = brief.events.filter((event) => !event.via);
  const latest = (own.length > 0 ? own : brief.events).at(-1);
  return {
    country: brief.country,
    relations: brief.country.summary,
    openIssues: [...open.filter((i) => !i.via), ...open.filter((i) => i.via)],
    events: brief.events,
    latest: latest && { ...latest, span: dataset.eventSpanAt(dataset.slotOf(latest.record)) },
    keyFigures: brief.keyFigures,
  };
}

/** The countries named, each once, in the order first named; the ids named again are returned too. */
export function distinctCountries(countries: readonly Actor[]): { countries: Actor[]; repeated: Actor[] } {
  const seen = new Set<string>();
  const distinct: Actor[] = [];
  const repeated: Actor[] = [];
  for (const country of countries) {
    if (seen.has(country.id)) repeated.push(country);
    else distinct.push(country);
    seen.add(country.id);
  }
  return { countries: distinct, repeated };
}

/** Linked records split into a country's own and those shared through each group (group id → records). */
export function ownAndShared<T>(items: readonly Linked<T>[]): {
  own: T[];
  shared: Map<string, T[]>;
  sharedCount: number;
} {
  const own: T[] = [];
  const shared = new Map<string, T[]>();
  for (const { record, via } of items) {
    if (via === undefined) own.push(record);
    else shared.set(via, [...(shared.get(via) ?? []), record]);
  }
  return { own, shared, sharedCount: items.length - own.length };
}

/** The longest run of words typed without quotes that can make one country's name. */
export const MAX_NAME_WORDS = 4;

/** The most names compare takes: enough for any comparison a person reads, and a bound on its cost. */
export const MAX_COMPARED = 100;

/** The words typed: each argument, split at its commas; more than MAX_COMPARED is a usage error. */
export function typedWords(args: readonly string[]): string[] {
  const words = args.flatMap((arg) => arg.split(',')).flatMap((word) => word.trim() || []);
  if (words.length > MAX_COMPARED) {
    throw new UsageError(`compare takes at most ${MAX_COMPARED} names; ${words.length} given`);
  }
  return words;
}

/**
 * Country names from the words typed (see typedWords): each word is a name, but where a run of
 * adjacent ones (longest first, up to MAX_NAME_WORDS) is itself a country's name, the run is
 * taken as one name, so `Kyrgyz Republic uzbekistan` needs no quotes.
 */
export function groupNames(words: readonly string[], isCountryName: (name: string) => boolean): string[] {
  const known = new Map<string, boolean>();
  const isName = (name: string) => known.get(name) ?? known.set(name, isCountryName(name)).get(name)!;
  const names: string[] = [];
  for (let i = 0; i < words.length;) {
    let take = 1;
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n > 1; n--) {
      if (isName(words.slice(i, i + n).join(' '))) {
        take = n;
        break;
      }
    }
    names.push(words.slice(i, i + take).join(' '));
    i += take;
  }
  return names;
}
