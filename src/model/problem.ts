/** A problem found in a dataset, at the position of the offending YAML node. */
export interface Problem {
  readonly file: string;
  /** 1-based; absent for problems with a whole file or directory. */
  readonly line?: number;
  readonly col?: number;
  readonly message: string;
}

/** Formats a problem the way compilers do: file:line:col: message. */
export function formatProblem(problem: Problem): string {
  const at = problem.line === undefined ? '' : `:${problem.line}:${problem.col ?? 1}`;
  return `${problem.file}${at}: ${problem.message}`;
}
