// The record types of a dataset (and of its dataset file), shared by every stage. The types are
// derived from the zod schemas of the check stage (type-only: importing this module loads no zod).
import type {
  Actor,
  Citation,
  Claim,
  Disagreement,
  Event,
  Figure,
  Issue,
  Source,
} from '../load/check/schema.js';
import type { DatasetInfo, DatasetSettings } from '../load/check/dataset-schema.js';
import type { CollectionName } from './vocabulary.js';

export type { Actor, Citation, Claim, Disagreement, Event, Figure, Issue, Source };
export type { DatasetInfo, DatasetSettings };

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

/** The records of each collection. */
export interface RecordsOf {
  readonly sources: Source;
  readonly actors: Actor;
  readonly events: Event;
  readonly issues: Issue;
  readonly claims: Claim;
}

/** The type of the records of a collection: events → event. */
export const TYPE_OF: { readonly [K in CollectionName]: RecordType } = {
  sources: 'source',
  actors: 'actor',
  events: 'event',
  issues: 'issue',
  claims: 'claim',
};

/** Every collection's records, in the order they were read. */
export type Collections = { readonly [K in CollectionName]: readonly RecordsOf[K][] };

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

/** The disagreements between passages of the sources that a record carries (none for a source). */
export function disagreementsOf(record: object): readonly Disagreement[] {
  const list = (record as { disagreements?: unknown }).disagreements;
  return Array.isArray(list) ? (list as Disagreement[]) : [];
}
