import { recordName, type Dataset, type DatasetRecord } from './dataset.js';
import { compareEdtf } from './edtf.js';

/** A record's neighbours, both ways: what it names and what names it. */
export interface RecordLinks {
  readonly countries: readonly DatasetRecord[];
  readonly actors: readonly DatasetRecord[];
  readonly events: readonly DatasetRecord[];
  readonly issues: readonly DatasetRecord[];
  readonly claims: readonly DatasetRecord[];
  /** The number of records that cite a source (sources only). */
  readonly citedBy?: number;
}

/** Every record linked to entry, by type; events in date order. */
export function linksOf(dataset: Dataset, entry: DatasetRecord): RecordLinks {
  const id = entry.record.id;
  const ids = new Set<string>();
  const add = (values: readonly string[] | undefined) => values?.forEach((value) => ids.add(value));
  // What the record names.
  switch (entry.type) {
    case 'actor': {
      const actor = entry.record;
      add(actor.countries);
      add(actor.members);
      add(actor.affiliations);
      add(actor.roles?.flatMap((role) => (role.org ? [role.org] : [])));
      break;
    }
    case 'event':
      add(entry.record.countries);
      add(entry.record.actors.map((a) => a.id));
      add(entry.record.issues);
      break;
    case 'issue':
      add(entry.record.countries);
      add(entry.record.actors);
      break;
    case 'claim':
      add(entry.record.about);
      break;
    case 'source':
      break;
  }
  // What names the record.
  for (const actor of dataset.actors) {
    const named = [...(actor.countries ?? []), ...(actor.members ?? []), ...(actor.affiliations ?? [])];
    if (named.includes(id) || actor.roles?.some((role) => role.org === id)) ids.add(actor.id);
  }
  for (const event of dataset.events) {
    if ([...event.countries, ...event.actors.map((a) => a.id), ...event.issues].includes(id))
      ids.add(event.id);
  }
  for (const issue of dataset.issues)
    if ([...issue.countries, ...issue.actors].includes(id)) ids.add(issue.id);
  for (const claim of dataset.claims) if (claim.about.includes(id)) ids.add(claim.id);
  ids.delete(id);
  const linked = [...ids].flatMap((linkedId) => dataset.byId.get(linkedId) ?? []);
  const byType = (test: (e: DatasetRecord) => boolean) => linked.filter(test).sort(byName);
  return {
    countries: byType((e) => e.type === 'actor' && e.record.kind === 'country'),
    actors: byType((e) => e.type === 'actor' && e.record.kind !== 'country'),
    events: linked
      .filter((e) => e.type === 'event')
      .sort((a, b) => compareEdtf((a.record as { date: string }).date, (b.record as { date: string }).date)),
    issues: byType((e) => e.type === 'issue'),
    claims: linked.filter((e) => e.type === 'claim'),
    ...(entry.type === 'source'
      ? {
          citedBy: [...dataset.byId.values()].filter(
            (e) => e.type !== 'source' && e.record.sources.some((c) => c.source === id),
          ).length,
        }
      : {}),
  };
}

function byName(a: DatasetRecord, b: DatasetRecord): number {
  return recordName(a).localeCompare(recordName(b));
}
