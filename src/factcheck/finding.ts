// What check reports: findings about sentences of a draft, and the records each sentence was tied to.

/** How much a finding matters: an error is a disagreement (exit 5); a warning asks the writer to look. */
export type Severity = 'error' | 'warning';

/** The kinds of finding, as --json names them. */
export type FindingKind =
  | 'figure-disagrees'
  | 'figure-unsupported'
  | 'figure-unsourced'
  | 'firmer-than-source'
  | 'date-disagrees'
  | 'planned-as-done';

/**
 * A machine edit that puts the source's figure or date in the draft: replace length characters
 * of the draft from line:column (1-based; columns and lengths count UTF-16 code units, as editors
 * and JavaScript do, and a line break inside the span counts as the one or two characters it is).
 */
export interface Edit {
  readonly line: number;
  readonly column: number;
  readonly length: number;
  readonly replacement: string;
}

/** One finding, at a line and column of the draft (1-based). */
export interface Finding {
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  readonly kind: FindingKind;
  readonly message: string;
  /** The record the draft is measured against, with the paragraph and quote of its source. */
  readonly record?: string;
  readonly source?: string;
  readonly paragraph?: number;
  readonly quote?: string;
  /** For an error that a figure or date can mend: the edit, and the sentence as it reads after it. */
  readonly edit?: Edit;
  readonly suggestion?: string;
}

/** A sentence of the draft and the records it could be tied to (none: the dataset says nothing on it). */
export interface CheckedSentence {
  readonly line: number;
  readonly column: number;
  readonly text: string;
  readonly records: readonly string[];
}

/** The result of checking a draft. */
export interface CheckResult {
  readonly findings: readonly Finding[];
  readonly sentences: readonly CheckedSentence[];
}

/** Where a record's first citation points: its source, paragraph and quote. */
export function citedAt(record: {
  readonly sources: readonly { source: string; paragraph: number; quote: string }[];
}): {
  source?: string;
  paragraph?: number;
  quote?: string;
} {
  const first = record.sources[0];
  return first ? { source: first.source, paragraph: first.paragraph, quote: first.quote } : {};
}

/** What one check finds in a sentence, and the records it tied the sentence to. */
export interface Checked {
  readonly findings: Finding[];
  readonly tied: string[];
}
