import { spawnSync, type StdioOptions } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CarBriefError, ExitCode, UsageError } from '../errors.js';

// The writer's editor, as git opens it for a commit message: $VISUAL (unless the terminal is
// dumb), else $EDITOR, else vi, run by the shell with the file as its argument
// (sh -c '<editor> "$@"' <editor> <file>), so that an editor set with flags ("code --wait") works.
// The file lives in a temporary folder of its own, removed when the editing is done.

/** The editor could not be run, or failed: nothing was written. */
export class EditorError extends CarBriefError {
  readonly exitCode = ExitCode.unexpected;
}

/** The editor command the environment names (see above). */
export function editorCommand(env: NodeJS.ProcessEnv): string {
  const dumb = env.TERM === 'dumb';
  const visual = dumb ? undefined : env.VISUAL?.trim();
  const editor = visual || env.EDITOR?.trim();
  if (editor) return editor;
  if (dumb)
    throw new UsageError(
      'the terminal is dumb and EDITOR is not set: set EDITOR, or give the record by flags',
    );
  return 'vi';
}

/** A file being edited: write what the editor opens, open it, read back what was saved. */
export interface EditSession {
  readonly path: string;
  /** Writes text to the file, opens the editor on it, and returns the text saved. */
  edit(text: string): string;
  /** Removes the file and its folder. */
  close(): void;
}

/**
 * A session editing a file named name (new-claim.yaml) in a temporary folder with the editor
 * command; stdio is the editor's (the terminal: inherited, with standard output on standard
 * error when car-brief's own output is a pipe, as in id=$(car-brief add claim)).
 */
export function editSession(
  name: string,
  command: string,
  env: NodeJS.ProcessEnv,
  stdio: StdioOptions = 'inherit',
): EditSession {
  const dir = mkdtempSync(join(tmpdir(), 'car-brief-edit-'));
  const path = join(dir, name);
  return {
    path,
    edit(text: string): string {
      writeFileSync(path, text);
      const run = spawnSync('/bin/sh', ['-c', `${command} "$@"`, command, path], { stdio, env });
      if (run.error)
        throw new EditorError(`cannot run the editor (${command}): ${run.error.message}; nothing written`);
      if (run.status !== 0) {
        const how = run.signal ? `was stopped by ${run.signal}` : `exited with status ${run.status}`;
        throw new EditorError(`the editor (${command}) ${how}; nothing written`);
      }
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return ''; // the editor removed the file: nothing to add
      }
    },
    close(): void {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
