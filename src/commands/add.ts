import { readFileSync } from 'node:fs';
import { note, type CommonOptions, type Context } from '../context.js';
import { holdsRecord } from '../edit/insert-citation.js';
import {
  attributeOf,
  citationsFromFlags,
  draftFromFlags,
  flagOf,
  flagsGiven,
  type DraftCitation,
  type FlagValues,
} from '../edit/new-record.js';
import { RefusedError, UsageError } from '../errors.js';
import type { Citation } from '../model/records.js';
import { formatProblem, type Problem } from '../model/problem.js';
import { chooseFormat, render } from '../output/render.js';
import { resolveName } from '../query/resolve.js';
import {
  COLLECTION_OF,
  NAMED_BY,
  NEW_RECORD_TYPES,
  addOptionsOf,
  namedByOption,
  requiredFlagsOf,
  type NewRecordType,
} from '../spec/add-records.js';
import { formatsOf } from '../spec/commands.js';
import { recordAddedView } from '../views/record-added.js';
import { checkCitations, withLatestSource } from './add-citations.js';
import { addInEditor } from './add-editor.js';
import { addDraft, flagProblems, type Added } from './add-record.js';
import { citeChecked, collectionFiles, openTarget } from './add-write.js';

// car-brief add claim|event|actor|issue (by flags, or in $EDITOR on a terminal) and add citation
// <record>: a record appended to its collection, or a citation added to one, each written only
// when the whole dataset with it passes validate. stdout gets the id (--json: the record).

/** The options of add <type>: the global ones and the record's flags, as commander gives them. */
export type AddOptions = CommonOptions & FlagValues;

/** add <type>'s options and its argument: the words of the statement (title, name) typed without its flag. */
export type AddRecordOptions = AddOptions & { readonly argument?: readonly string[] | undefined };

/** car-brief add with no verb: a usage error naming the verbs. */
export async function runAdd(options: CommonOptions, ctx: Context): Promise<void> {
  chooseFormat(options, ctx.out, formatsOf('add'));
  throw new UsageError(
    `add what? car-brief add ${NEW_RECORD_TYPES.join('|')} adds a record, add citation <record> a source to one (car-brief add --help)`,
  );
}

/** car-brief add <type>: the record from its flags, or, with none on a terminal, from the editor. */
export async function runAddRecord(
  type: NewRecordType,
  { argument, ...flags }: AddRecordOptions,
  ctx: Context,
): Promise<void> {
  const options = withArgument(type, flags, argument ?? []);
  const format = chooseFormat(options, ctx.out, formatsOf(`add ${type}`));
  const byFlags = flagsGiven(options, addOptionsOf(type));
  if (!byFlags && (ctx.stdin ?? process.stdin).isTTY !== true) {
    throw new UsageError(
      `add ${type} needs its fields as flags when standard input is not a terminal: ${requiredFlagsOf(type)} (car-brief add ${type} --help)`,
    );
  }
  const draft = byFlags ? draftFromFlags(type, options) : undefined; // (usage errors before the dataset is read)
  const target = await openTarget(options, ctx, `add ${type}`);
  let added: Added | undefined;
  if (draft) {
    const cited = withLatestSource(target.dataset, draft.sources as DraftCitation[]);
    if (cited.note !== undefined) note(ctx, cited.note);
    const outcome = await addDraft(target, type, { ...draft, sources: cited.citations });
    if (!('id' in outcome)) throw refused(type, flagProblems(outcome, type, options));
    added = outcome;
  } else {
    added = await addInEditor(target, type, ctx);
    if (!added) {
      note(ctx, `nothing added: the ${type} was left empty`);
      return;
    }
  }
  added.notes.forEach((text) => note(ctx, text));
  note(ctx, `${type} ${added.id} added to ${added.file}`);
  await render(recordAddedView(added), format, ctx.out, options);
}

// The argument, as the flag it stands for (add claim "…" is add claim --statement "…"); both: a usage error.
function withArgument(type: NewRecordType, options: AddOptions, argument: readonly string[]): AddOptions {
  const text = argument.join(' ').trim();
  if (text === '') return options;
  const option = namedByOption(type);
  if (options[attributeOf(option)] !== undefined)
    throw new UsageError(
      `add ${type} takes its ${NAMED_BY[type]} once: as the argument or as ${flagOf(option)}, not both`,
    );
  return { ...options, [attributeOf(option)]: text };
}

/** What add citation takes: the record, and the citations' flags. */
export interface AddCitationOptions extends AddOptions {
  readonly record: string;
}

/** car-brief add citation <record>: the record cites one more passage (or several). */
export async function runAddCitation(options: AddCitationOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, formatsOf('add citation'));
  const typed = citationsFromFlags(options);
  const target = await openTarget(options, ctx, 'add citation');
  const { dataset } = target;
  const { record: entry, corrected } = resolveName(dataset, options.record, {
    types: NEW_RECORD_TYPES,
    what: 'record',
    hint: 'car-brief search <words> finds a record; sources cite nothing',
  });
  if (entry.type === 'source') throw new Error('resolveName gave a source');
  if (corrected !== undefined)
    note(ctx, `"${options.record}" taken as ${entry.record.id} (matched "${corrected}")`);
  const { id, sources } = entry.record;
  const latest = withLatestSource(dataset, typed);
  if (latest.note !== undefined) note(ctx, latest.note);
  const checked = checkCitations(dataset, latest.citations);
  if (checked.problems.length > 0)
    throw refused('citation', flagProblems({ fields: checked.problems, elsewhere: [] }, undefined, options));
  checked.notes.forEach((text) => note(ctx, text));
  const cited = checked.value as Citation[];
  const fresh = cited.filter(
    (c, i) => !sources.some((s) => same(s, c)) && cited.findIndex((other) => same(other, c)) === i,
  );
  const record = { ...entry.record, sources: [...sources, ...fresh] };
  if (fresh.length === 0) {
    note(
      ctx,
      `${id} cites ${cited.length === 1 ? 'that passage' : 'those passages'} already: nothing written`,
    );
  } else {
    const collection = COLLECTION_OF[entry.type];
    const file = collectionFiles(target, collection).find((listed) =>
      holdsRecord(readFileSync(listed.path, 'utf8'), id),
    );
    if (!file)
      throw new RefusedError(`${id} is not found in the ${collection} files as written; nothing written`);
    const outcome = await citeChecked(target, file.path, id, fresh);
    if (!('written' in outcome))
      throw refused('citation', flagProblems(outcome, undefined, options, sources.length));
    const where = fresh.map((c) => `¶${c.paragraph} of ${c.source}`).join(', ');
    note(ctx, `${id} cites ${where} now (${record.sources.length} citations), in ${outcome.written}`);
  }
  await render(recordAddedView({ id, record }), format, ctx.out, options);
}

function same(a: Citation, b: Citation): boolean {
  return a.source === b.source && a.paragraph === b.paragraph && a.quote === b.quote;
}

// The refusal, every problem listed before it: one line each, named by flag.
function refused(what: string, problems: readonly Problem[]): RefusedError {
  if (problems.length === 1)
    return new RefusedError(`${what} refused: ${formatProblem(problems[0]!)}; nothing written`);
  return new RefusedError(`${what} refused: ${problems.length} problems; nothing written`, problems);
}
