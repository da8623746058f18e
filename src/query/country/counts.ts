import type { Dataset } from '../../dataset/dataset.js';
import type { Actor } from '../../model/records.js';
import { buildCountryBrief } from './brief.js';

/** How much the dataset holds on one country directly (region-wide items not counted). */
export interface CountryCounts {
  readonly country: Actor;
  readonly events: number;
  readonly issues: number;
  readonly claims: number;
}

/** Every country in the dataset with its counts, most covered first. */
export function countryCounts(dataset: Dataset): CountryCounts[] {
  return dataset.actors
    .filter((actor) => actor.kind === 'country')
    .map((country) => {
      const brief = buildCountryBrief(dataset, country);
      return {
        country,
        events: brief.events.filter((e) => !e.via).length,
        issues: brief.issues.filter((i) => !i.via).length,
        claims: brief.claims.length,
      };
    })
    .sort((a, b) => total(b) - total(a) || a.country.name.localeCompare(b.country.name));
}

function total(counts: CountryCounts): number {
  return counts.events + counts.issues + counts.claims;
}
