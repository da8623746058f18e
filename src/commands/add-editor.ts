import type { Context } from '../context.js';
import { editSession, editorCommand } from '../edit/editor.js';
import {
  problemLines,
  readEdited,
  templateOf,
  withProblems,
  type EditorProblem,
} from '../edit/record-template.js';
import { RefusedError } from '../errors.js';
import { COLLECTION_OF, type NewRecordType } from '../spec/add-records.js';
import { addDraft, editorProblems, type Added } from './add-record.js';
import { lastFile, type Target } from './add-write.js';

// add claim|event|actor|issue with no flags, on a terminal: the record written in the writer's
// editor, as git commit and kubectl edit do it. A commented template opens; on save the record is
// checked (with the whole dataset); on a problem the editor opens again, the problems as comments
// at the top. An empty file, or the template saved as it was, adds nothing; the problems saved
// again unchanged refuse the record (exit 3). Nothing is written until the record passes.

/** The record the writer wrote in the editor, added; undefined when they chose to add nothing. */
export async function addInEditor(
  target: Target,
  type: NewRecordType,
  ctx: Context,
): Promise<Added | undefined> {
  const command = editorCommand(ctx.env);
  const file = target.show(lastFile(target, COLLECTION_OF[type]));
  // The source cited by default: the last one with a text, most often the one just added.
  const source = target.dataset.sources.filter((s) => s.text !== undefined).at(-1)?.id;
  // The editor draws on the terminal: when car-brief's output is a pipe (id=$(car-brief add
  // claim)), the editor's goes to standard error, which is still the terminal.
  const session = editSession(`new-${type}.yaml`, command, ctx.env, [
    'inherit',
    ctx.out.isTTY ? 'inherit' : 2,
    'inherit',
  ]);
  try {
    let shown = templateOf(type, file, source);
    let problems: readonly EditorProblem[] | undefined;
    for (;;) {
      const saved = session.edit(shown);
      if (saved === shown) {
        if (problems === undefined) return undefined; // the template as it was: nothing to add
        throw new RefusedError(
          `${type} refused: saved again with ${problems.length === 1 ? 'its problem' : `its ${problems.length} problems`}; nothing written`,
          problemLines(problems).map((message) => ({ file: `new-${type}.yaml`, message })),
        );
      }
      const edited = readEdited(saved, session.path);
      if ('empty' in edited) return undefined;
      if ('draft' in edited) {
        const outcome = await addDraft(target, type, edited.draft);
        if ('id' in outcome) return outcome;
        problems = editorProblems(outcome);
      } else problems = edited.problems;
      shown = withProblems(saved, type, problems);
    }
  } finally {
    session.close();
  }
}
