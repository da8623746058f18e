// Typed errors. Commands throw these; only src/main.ts turns them into exit codes.
import type { Problem } from './model/problem.js';

/** The documented exit codes (docs/safety.md); EXIT_CODE_MEANINGS says what each means. */
export const ExitCode = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  invalidData: 3,
  notFound: 4,
  disagrees: 5,
  reanchor: 6,
  conflict: 7,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** What each exit code means, one line each (car-brief help exit-codes prints them). */
export const EXIT_CODE_MEANINGS: { readonly [K in keyof typeof ExitCode]: string } = {
  ok: 'success (an empty result included)',
  unexpected: 'unexpected error (set CAR_BRIEF_DEBUG=1 for the stack trace)',
  usage: 'usage error: unknown command, flag or value; a query over 1,000 characters',
  invalidData: 'the dataset is invalid (every problem is listed), or a new record refused',
  notFound: 'the named country or record does not exist (with suggestions)',
  disagrees: 'check: a figure or date of the draft disagrees with the sources',
  reanchor: 'sources update: citations no longer match the new text (nothing written)',
  conflict: 'merge-driver: a record changed two ways; the file holds conflict markers',
};

/** Base class of every expected error: it carries its exit code and needs no stack trace. */
export abstract class CarBriefError extends Error {
  abstract readonly exitCode: ExitCode;
}

/** Bad command line: unknown command, flag or value. */
export class UsageError extends CarBriefError {
  readonly exitCode = ExitCode.usage;
}

/** The dataset cannot be used; every problem found is listed. */
export class DatasetError extends CarBriefError {
  readonly exitCode = ExitCode.invalidData;
  constructor(
    readonly problems: readonly Problem[],
    /** listed: the problems were already printed (as JSON on stdout); stderr needs only the summary. */
    readonly options: { listed?: boolean } = {},
  ) {
    super(`dataset invalid: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  }
}

/** A record that a command would add (sources add) is refused, with the problems found: nothing was written. */
export class RefusedError extends CarBriefError {
  readonly exitCode = ExitCode.invalidData;
  constructor(
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
  }
}

/** The named country or record does not exist; suggestions are names that nearly match. */
export class NotFoundError extends CarBriefError {
  readonly exitCode = ExitCode.notFound;
  constructor(
    message: string,
    readonly suggestions: readonly string[] = [],
    /** A next step for the user, printed last. */
    readonly hint?: string,
    /** The id of a record of another type that the name does stand for. */
    readonly other?: string,
  ) {
    super(message);
  }
}

/** lsp: the editor ended the session without asking the server to shut down first (exit 1, as the Language Server Protocol says). */
export class SessionEndedError extends CarBriefError {
  readonly exitCode = ExitCode.unexpected;
}

/** check found that a draft disagrees with the dataset; its findings are already printed. */
export class DraftDisagreesError extends CarBriefError {
  readonly exitCode = ExitCode.disagrees;
}

/** sources update found citations that no longer match the new text (changed or orphaned) and wrote nothing; its plan is already printed. */
export class CitationsNeedDecisionError extends CarBriefError {
  readonly exitCode = ExitCode.reanchor;
}

/** merge-driver left conflict markers in the file it merged: git needs a non-zero exit to stop the merge there. */
export class MergeConflictError extends CarBriefError {
  readonly exitCode = ExitCode.conflict;
}
