import type { Actor, Claim, Event, Issue, Source } from './schema.js';

/** The record types, singular, as they appear in output (`type` of a search hit). */
export type DatasetRecord =
  | { readonly type: 'source'; readonly record: Source }
  | { readonly type: 'actor'; readonly record: Actor }
  | { readonly type: 'event'; readonly record: Event }
  | { readonly type: 'issue'; readonly record: Issue }
  | { readonly type: 'claim'; readonly record: Claim };
export type RecordType = DatasetRecord['type'];
/** Every record type, in the order a writer most often wants them at equal relevance. */
export const RECORD_TYPES: readonly RecordType[] = ['claim', 'event', 'issue', 'actor', 'source'];

/** A loaded, validated dataset with an index by id. */
export interface Dataset {
  readonly dir: string;
  readonly sources: readonly Source[];
  readonly actors: readonly Actor[];
  readonly events: readonly Event[];
  readonly issues: readonly Issue[];
  readonly claims: readonly Claim[];
  readonly byId: ReadonlyMap<string, DatasetRecord>;
  /** The paragraphs of each source that has a text file, by source id. */
  readonly texts: ReadonlyMap<string, readonly string[]>;
}

/** Builds the id index over the collections of a dataset. */
export function indexRecords(
  collections: Omit<Dataset, 'dir' | 'byId' | 'texts'>,
): Map<string, DatasetRecord> {
  const byId = new Map<string, DatasetRecord>();
  for (const record of collections.sources) byId.set(record.id, { type: 'source', record });
  for (const record of collections.actors) byId.set(record.id, { type: 'actor', record });
  for (const record of collections.events) byId.set(record.id, { type: 'event', record });
  for (const record of collections.issues) byId.set(record.id, { type: 'issue', record });
  for (const record of collections.claims) byId.set(record.id, { type: 'claim', record });
  return byId;
}

/** The display name of any record: an actor's name, an event's or issue's title, a claim's statement. */
export function recordName(entry: DatasetRecord): string {
  switch (entry.type) {
    case 'source':
      return entry.record.label;
    case 'actor':
      return entry.record.name;
    case 'event':
    case 'issue':
      return entry.record.title;
    case 'claim':
      return entry.record.statement;
  }
}

/** The display name of the record with this id, or the id itself when there is none. */
export function nameOf(dataset: Dataset, id: string): string {
  const entry = dataset.byId.get(id);
  return entry ? recordName(entry) : id;
}

/** The paragraphs cited of each source, sorted, in the order the sources are first cited. */
export function paragraphsBySource(
  citations: Iterable<{ source: string; paragraph: number }>,
): Map<string, number[]> {
  const bySource = new Map<string, Set<number>>();
  for (const { source, paragraph } of citations)
    bySource.set(source, (bySource.get(source) ?? new Set()).add(paragraph));
  return new Map(
    [...bySource].map(([source, paragraphs]) => [source, [...paragraphs].sort((a, b) => a - b)]),
  );
}

/** The source with this id, if there is one. */
export function sourceOf(dataset: Dataset, id: string): Source | undefined {
  const entry = dataset.byId.get(id);
  return entry?.type === 'source' ? entry.record : undefined;
}
