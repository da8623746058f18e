import { recordName } from '../model/records.js';
import { formatProblem, type Problem } from '../model/problem.js';
import type { NodePath } from '../load/parse/located.js';
import { fieldPath } from '../edit/record-paths.js';
import { flagOf, recordOf, valuesOf, type Draft, type FlagValues } from '../edit/new-record.js';
import { CITATION_FLAGS, COLLECTION_OF, RECORD_FLAGS, type NewRecordType } from '../spec/add-records.js';
import { resolveDraftNames, type FieldProblem } from './add-check.js';
import { checkCitations } from './add-citations.js';
import { appendChecked, type Target } from './add-write.js';

// One new record, from a draft (the flags' or the editor's) to the file: names resolved and
// citations checked, the record made, and the whole dataset checked with it; written only when
// nothing anywhere has a problem. Problems come back at their fields, for the flags or the
// editor to say in their own terms.

/** A record added: its id, the record, and the file it went to. */
export interface Added {
  readonly id: string;
  readonly record: Readonly<Record<string, unknown>>;
  readonly file: string;
  /** What to tell the writer: a name taken for another, a paragraph found. */
  readonly notes: readonly string[];
}

/** Why a record was not added: problems at its fields, and any the check found elsewhere. */
export interface NotAdded {
  readonly fields: readonly FieldProblem[];
  readonly elsewhere: readonly Problem[];
}

/** Adds the record a draft describes, if it and the whole dataset with it pass every check. */
export async function addDraft(target: Target, type: NewRecordType, draft: Draft): Promise<Added | NotAdded> {
  const { dataset } = target;
  const named = resolveDraftNames(dataset, type, draft);
  const cited = checkCitations(dataset, named.value.sources);
  const early = [...named.problems, ...cited.problems];
  const record = recordOf(type, named.value, (id) => dataset.get(id) !== undefined);
  record.sources = cited.value; // (even none: the check then says so at sources)
  const id = String(record.id);
  const other = typeof draft.id === 'string' ? dataset.get(id) : undefined;
  if (other)
    early.unshift({ path: ['id'], message: `${id} is taken, by the ${other.type} "${recordName(other)}"` });
  const checked = await appendChecked(target, COLLECTION_OF[type], record, early.length === 0);
  if ('written' in checked)
    return { id, record, file: checked.written, notes: [...named.notes, ...cited.notes] };
  // What the whole check says of a field (or citation) already said to be wrong would say it twice.
  const later = checked.fields.filter(
    (problem) => !early.some((known) => startsWith(problem.path, known.path.slice(0, 2))),
  );
  return { fields: [...early, ...later], elsewhere: other ? [] : checked.elsewhere };
}

function startsWith(path: NodePath, prefix: NodePath): boolean {
  return prefix.length <= path.length && prefix.every((key, i) => path[i] === key);
}

/** The problems as the editor shows them: sources[0].quote: message. */
export function editorProblems(refused: NotAdded): string[] {
  return [
    ...refused.fields.map(
      ({ path, message }) => `${path.length > 0 ? fieldPath(path) : 'record'}: ${message}`,
    ),
    ...refused.elsewhere.map(formatProblem),
  ];
}

/**
 * The problems as the command line shows them: each named by the flag and value that made the
 * field (--quote "…": message); offset counts the citations the record had before (add citation).
 */
export function flagProblems(
  refused: NotAdded,
  type: NewRecordType | undefined,
  options: FlagValues,
  offset = 0,
): Problem[] {
  return [
    ...refused.fields.map(({ path, message }) => ({ file: flagLabel(type, options, path, offset), message })),
    ...refused.elsewhere,
  ];
}

// The flag and value that filled the field at path: --about uzbekstan, --quote "…".
function flagLabel(
  type: NewRecordType | undefined,
  options: FlagValues,
  path: NodePath,
  offset: number,
): string {
  const [head, index, field] = path;
  const given = (option: Parameters<typeof valuesOf>[1], i: unknown, split = false) => {
    const values = valuesOf(options, option, split);
    const value = typeof i === 'number' ? values[i] : values[0];
    return value === undefined ? flagOf(option) : `${flagOf(option)} ${shown(value)}`;
  };
  if (head === 'sources' && typeof index === 'number') {
    const option =
      field === 'source'
        ? CITATION_FLAGS.source
        : field === 'paragraph'
          ? CITATION_FLAGS.paragraph
          : field === 'find'
            ? CITATION_FLAGS.find
            : CITATION_FLAGS.quote;
    const single = option === CITATION_FLAGS.source && valuesOf(options, option).length === 1;
    // Each --find comes after every --quote (new-record.ts citationsFromFlags).
    const quotes = option === CITATION_FLAGS.find ? valuesOf(options, CITATION_FLAGS.quote).length : 0;
    return given(option, single ? 0 : index - offset - quotes);
  }
  if (head === 'id') return given('newId', 0);
  const flag = type && RECORD_FLAGS[type].find((entry) => entry.field === head);
  if (!flag) return path.length > 0 ? fieldPath(path) : (type ?? 'record');
  return given(flag.option, index, flag.fill === 'ids' || flag.fill === 'roles');
}

function shown(value: string): string {
  return /^[\w.,:/-]+$/.test(value) ? value : JSON.stringify(value);
}
