// check's findings as LSP diagnostics: the same findings at the same places, check's 1-based
// line:column turned into the protocol's 0-based line and character (both count UTF-16 units).
import { DiagnosticSeverity, type Diagnostic, type Position, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckJson, JsonFinding } from './findings.js';
import { phraseEnd, quotedWords, wordEnd } from './span.js';

/** What every diagnostic of car-brief names as its source. */
export const DIAGNOSTIC_SOURCE = 'car-brief';

/** Where check's 1-based line:column is in the protocol's terms. */
export function positionOf(at: { readonly line: number; readonly column: number }): Position {
  return { line: at.line - 1, character: at.column - 1 };
}

/** The words a finding is about: from its line:column for its length, else as far as the words its message quotes, else its word. */
export function findingRange(document: TextDocument, finding: JsonFinding): Range {
  const start = positionOf(finding);
  const text = document.getText();
  const from = document.offsetAt(start);
  let end: number | undefined;
  if (typeof finding.length === 'number' && finding.length > 0) end = from + finding.length;
  const quoted = quotedWords(finding.message);
  if (end === undefined && quoted !== undefined) end = phraseEnd(text, from, quoted);
  end ??= wordEnd(text, from);
  return { start, end: document.positionAt(end) };
}

/** Every finding of a check as a diagnostic, in check's order; the finding itself rides along in data. */
export function diagnosticsOf(document: TextDocument, check: CheckJson): Diagnostic[] {
  return check.findings.map((finding) => ({
    range: findingRange(document, finding),
    severity: finding.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: finding.kind,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data: finding,
  }));
}

/** One diagnostic at the top of a draft that cannot be checked (no dataset to check it against). */
export function cannotCheck(message: string): Diagnostic {
  const top = { line: 0, character: 0 };
  return {
    range: { start: top, end: top },
    severity: DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    message,
  };
}
