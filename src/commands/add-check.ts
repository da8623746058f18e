import type { Dataset } from '../dataset/dataset.js';
import type { Draft } from '../edit/new-record.js';
import { CarBriefError, NotFoundError } from '../errors.js';
import type { NodePath } from '../load/parse/located.js';
import type { DatasetRecord } from '../model/records.js';
import { resolveName } from '../query/resolve.js';
import { slugOf } from '../model/slug.js';
import { RECORD_FLAGS, type NewRecordType } from '../spec/add-records.js';

// What add checks of a record before the whole dataset is checked with it, each problem at the
// field it is about: every name of another record resolved to its id (its citations are checked
// in add-citations.ts).

/** A problem with one field of a new record (or of a citation), at its path: ['sources', 0, 'quote']. */
export interface FieldProblem {
  readonly path: NodePath;
  readonly message: string;
}

/** What a check found: the value made good, its problems, and notes to print (a name corrected, a paragraph found). */
export interface Checked<T> {
  readonly value: T;
  readonly problems: FieldProblem[];
  readonly notes: string[];
}

/** The draft with every name of another record (about, countries, actors…) resolved to its id. */
export function resolveDraftNames(dataset: Dataset, type: NewRecordType, draft: Draft): Checked<Draft> {
  const problems: FieldProblem[] = [];
  const notes: string[] = [];
  const resolved: Draft = { ...draft };
  for (const flag of RECORD_FLAGS[type]) {
    const list = draft[flag.field];
    if (!flag.refers || !Array.isArray(list)) continue;
    const what = flag.kinds ? 'country' : flag.refers.length === 1 ? flag.refers[0]! : 'record';
    const accept = (entry: DatasetRecord) =>
      flag.refers!.includes(entry.type) &&
      (!flag.kinds || (entry.type === 'actor' && flag.kinds.includes(entry.record.kind)));
    const idOf = (name: unknown, path: NodePath): unknown => {
      if (typeof name !== 'string' || name.trim() === '') return name; // (the schema says what is wrong)
      const found = dataset.get(name);
      if (found && accept(found)) return name;
      try {
        const { record, corrected } = resolveName(dataset, name, { types: flag.refers!, what, accept });
        if (corrected !== undefined)
          notes.push(`"${name}" taken as ${record.record.id} (matched "${corrected}")`);
        return record.record.id;
      } catch (error) {
        problems.push({ path, message: notFound(error) });
        // A slug in its place, so that the whole check still reads the record and finds the rest.
        return slugOf(name) || 'unknown';
      }
    };
    resolved[flag.field] = list.map((item: unknown, i) =>
      flag.fill === 'roles' && item !== null && typeof item === 'object'
        ? { ...item, id: idOf((item as { id?: unknown }).id, [flag.field, i, 'id']) }
        : idOf(item, [flag.field, i]),
    );
  }
  return { value: resolved, problems, notes };
}

/** A name that resolves to nothing, said with the names it resembles. */
export function notFound(error: unknown): string {
  if (!(error instanceof CarBriefError)) throw error;
  const near =
    error instanceof NotFoundError && error.suggestions.length > 0
      ? ` (did you mean ${error.suggestions.join(', ')}?)`
      : '';
  return `${error.message}${near}`;
}
