import type { Dataset } from '../dataset/dataset.js';
import { REF_FIELDS } from '../dataset/compiled.js';
import { recordName, type DatasetRecord } from '../model/records.js';
import { referencesOf } from '../model/references.js';

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

// Every reference field but the citations: a record is not "linked" to the sources it cites.
const LINK_FIELDS = REF_FIELDS.filter((field) => field !== 'sources');

/** Every record linked to entry, by type; events in date order. */
export function linksOf(dataset: Dataset, entry: DatasetRecord): RecordLinks {
  const id = entry.record.id;
  // What the record names, and what names it: the references validation checks, both ways.
  const ids = new Set<string>(
    referencesOf(entry)
      .filter((ref) => ref.target !== 'source')
      .map((ref) => ref.id),
  );
  for (const slot of dataset.referrers(id, LINK_FIELDS)) ids.add(dataset.idAt(slot));
  ids.delete(id);
  const linked = [...ids].flatMap((linkedId) => dataset.get(linkedId) ?? []);
  const byType = (test: (e: DatasetRecord) => boolean) => linked.filter(test).sort(byName);
  const rank = (e: DatasetRecord) => dataset.eventRankAt(dataset.slotOf(e.record));
  return {
    countries: byType((e) => e.type === 'actor' && e.record.kind === 'country'),
    actors: byType((e) => e.type === 'actor' && e.record.kind !== 'country'),
    events: linked.filter((e) => e.type === 'event').sort((a, b) => rank(a) - rank(b)),
    issues: byType((e) => e.type === 'issue'),
    claims: linked.filter((e) => e.type === 'claim'),
    ...(entry.type === 'source' ? { citedBy: dataset.referrers(id, ['sources']).length } : {}),
  };
}

function byName(a: DatasetRecord, b: DatasetRecord): number {
  return recordName(a).localeCompare(recordName(b));
}
