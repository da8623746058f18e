// What the language server reads of a check: check --json's object (commands/check.ts checkText),
// with the fields check --suggest is to add (issue 18, item 6), read only when they are there.
import type { CheckResult, Finding } from '../factcheck/finding.js';

/** An edit check --suggest proposes: replace length characters at line:column (1-based) with replacement. */
export interface SuggestedEdit {
  readonly line: number;
  readonly column: number;
  readonly length: number;
  readonly replacement: string;
}

/** A finding as check --json prints it; length and edits are read where check gives them. */
export type JsonFinding = Finding & {
  /** How many characters the finding covers from line:column (else the words its message quotes). */
  readonly length?: number;
  /** The --suggest edits that would make the sentence agree with the source. */
  readonly edits?: readonly SuggestedEdit[];
  /** The one edit check --json gives an error (check --suggest's rewrite, as a machine edit). */
  readonly edit?: SuggestedEdit;
};

/** What check --json prints for a draft. */
export interface CheckJson {
  readonly file: string;
  readonly findings: readonly JsonFinding[];
  readonly sentences: CheckResult['sentences'];
}

/** The --suggest edits of a finding that are well formed (none while check gives none). */
export function suggestedEdits(finding: JsonFinding): SuggestedEdit[] {
  // check --json gives each error its edit; a list of edits is read too.
  const edits: unknown = finding.edits ?? (finding.edit !== undefined ? [finding.edit] : undefined);
  if (!Array.isArray(edits)) return [];
  return edits.filter(
    (edit): edit is SuggestedEdit =>
      typeof edit === 'object' &&
      edit !== null &&
      Number.isInteger((edit as SuggestedEdit).line) &&
      Number.isInteger((edit as SuggestedEdit).column) &&
      Number.isInteger((edit as SuggestedEdit).length) &&
      typeof (edit as SuggestedEdit).replacement === 'string',
  );
}
