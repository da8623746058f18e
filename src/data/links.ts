import { recordName, type Dataset, type DatasetRecord } from './dataset.js';
import { compareEdtf } from './edtf.js';
import { referencesOf } from './references.js';

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
  // What the record names, and what names it: the references validation checks, both ways.
  const named = (e: DatasetRecord) =>
    referencesOf(e)
      .filter((ref) => ref.target !== 'source')
      .map((ref) => ref.id);
  const ids = new Set<string>(named(entry));
  for (const other of dataset.byId.values()) if (named(other).includes(id)) ids.add(other.record.id);
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
