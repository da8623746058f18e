import type { Dataset } from '../../dataset/dataset.js';
import type { Actor, Claim } from '../../model/records.js';
import type { Linked } from './brief.js';
import { selectClaims } from '../lists.js';
import type { Filters } from '../filters.js';

// `compare --topic/--actor/--issue/--tag`: each country's claims on one subject, side by side.
// A country's claims are those `claims --country` lists for it (its own, and those kept through
// a group it belongs to); the subject narrows them by the --actor, --issue and --tag filters and,
// with --topic, to the claims search matches on every word of the topic.

/** The claims on the subject for one country: its own, and those shared with another compared. */
export interface TopicClaims {
  readonly country: Actor;
  readonly claims: readonly Linked<Claim>[];
}

/** What the comparison is narrowed to: the filters, and with --topic the ids of the claims it matches. */
export interface TopicScope {
  readonly filters: Filters;
  readonly topic?: { readonly words: string; readonly claims: ReadonlySet<string> };
}

/** Each country's claims on the subject, in the dataset's order. */
export function topicClaims(dataset: Dataset, countries: readonly Actor[], scope: TopicScope): TopicClaims[] {
  return countries.map((country) => ({
    country,
    claims: selectClaims(dataset, { ...scope.filters, countries: [country.id], limit: undefined }).filter(
      ({ record }) => scope.topic === undefined || scope.topic.claims.has(record.id),
    ),
  }));
}

/** The claims found for every country compared (shown once, as shared), and each country's others. */
export function sharedAndOwn(compared: readonly TopicClaims[]): {
  shared: Claim[];
  own: { country: Actor; claims: Linked<Claim>[] }[];
} {
  const counts = new Map<string, number>();
  for (const { claims } of compared)
    for (const { record } of claims) counts.set(record.id, (counts.get(record.id) ?? 0) + 1);
  const everywhere = (claim: Claim) => compared.length > 1 && counts.get(claim.id) === compared.length;
  const shared = (compared[0]?.claims ?? []).map(({ record }) => record).filter(everywhere);
  return {
    shared,
    own: compared.map(({ country, claims }) => ({
      country,
      claims: claims.filter(({ record }) => !everywhere(record)),
    })),
  };
}
