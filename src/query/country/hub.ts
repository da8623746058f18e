import type { Dataset } from '../../dataset/dataset.js';

// The hub of a dataset: the country whose relations it is about (Pakistan in the built-in
// data). Every view that treats one country apart asks here: the country overview (one row per
// partner), the chart's lanes (the hub has none of its own), and the briefs' and lists' rule
// that a claim naming only a country and the hub is that country's.

/** The hub: the perspective the dataset file declares, else the one inferred from the records (inferredHub). */
export function hubOf(dataset: Dataset): string | undefined {
  return dataset.info.perspective ?? inferredHub(dataset);
}

/**
 * The hub inferred from the records, for a dataset that declares none: the country that the most
 * events and issues name in their countries, when no other is named by as many and those records
 * pair it with two other countries or more (a group standing for its members); else none. So a
 * dataset about two countries has no hub, and neither has one whose busiest countries tie.
 * Counted from the index alone: no record but the actors is read.
 */
export function inferredHub(dataset: Dataset): string | undefined {
  const known = inferred.get(dataset);
  if (known !== undefined) return known ?? undefined;
  const hub = mostNamed(dataset);
  inferred.set(dataset, hub ?? null);
  return hub;
}

const inferred = new WeakMap<Dataset, string | null>();

function mostNamed(dataset: Dataset): string | undefined {
  const ranges = [dataset.range('events'), dataset.range('issues')];
  // The events and issues that name an actor in their countries, by slot.
  const namedBy = (id: string) =>
    dataset
      .referrers(id, ['countries'])
      .filter((slot) => ranges.some(([first, end]) => slot >= first && slot < end));
  const countries = dataset.actors.filter((actor) => actor.kind === 'country');
  const counts = countries
    .map((country) => [country.id, namedBy(country.id).length] as const)
    .sort((a, b) => b[1] - a[1]);
  const [first, second] = counts;
  if (!first || first[1] === 0 || (second && second[1] === first[1])) return undefined;
  const hub = first[0];
  const own = new Set(namedBy(hub));
  const partners = new Set<string>();
  for (const actor of dataset.actors) {
    const ids = actor.kind === 'country' ? [actor.id] : actor.kind === 'group' ? (actor.members ?? []) : [];
    if (ids.length === 0 || !namedBy(actor.id).some((slot) => own.has(slot))) continue;
    for (const id of ids) if (id !== hub) partners.add(id);
  }
  return partners.size >= 2 ? hub : undefined;
}
