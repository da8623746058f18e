import { isDeepStrictEqual } from 'node:util';
import { COLLECTION_NAMES, type CollectionName } from '../../model/vocabulary.js';
import type { Snapshot } from './snapshot.js';

// What changed between two snapshots of a dataset, record by record and field by field. Records
// are matched by collection and id, wherever in the files they are written; a field counts as
// changed only when its value differs, so formatting, key order, quoting and comments change
// nothing.

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One field whose value differs (undefined: the field is absent on that side). */
export interface FieldDiff {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** One record added, removed or changed. */
export interface RecordChange {
  readonly collection: CollectionName;
  readonly id: string;
  readonly change: ChangeKind;
  /** The record before (removed, changed) and after (added, changed). */
  readonly before?: Readonly<Record<string, unknown>>;
  readonly after?: Readonly<Record<string, unknown>>;
  /** For a changed record, the fields that differ, in the record's order. */
  readonly fields: readonly FieldDiff[];
}

/** Every record added, changed or removed from before to after: collection by collection, in the order of after's files, removed ones last. */
export function diffSnapshots(before: Snapshot, after: Snapshot): RecordChange[] {
  return COLLECTION_NAMES.flatMap((collection) => {
    const old = before.get(collection) ?? new Map();
    const now = after.get(collection) ?? new Map();
    const changes: RecordChange[] = [];
    for (const [id, record] of now) {
      const was = old.get(id);
      if (was === undefined) changes.push({ collection, id, change: 'added', after: record, fields: [] });
      else {
        const fields = fieldDiffs(was, record);
        if (fields.length > 0)
          changes.push({ collection, id, change: 'changed', before: was, after: record, fields });
      }
    }
    for (const [id, record] of old)
      if (!now.has(id)) changes.push({ collection, id, change: 'removed', before: record, fields: [] });
    return changes;
  });
}

/** The fields whose values differ between two versions of a record. */
export function fieldDiffs(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): FieldDiff[] {
  const keys = new Set([...Object.keys(after), ...Object.keys(before)]);
  return [...keys]
    .filter((field) => !isDeepStrictEqual(before[field], after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}
