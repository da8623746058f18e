import type { CheckResult, Finding } from '../factcheck/finding.js';
import { lazyView, type View } from '../output/render.js';
import { checkMarkdown } from './check-md.js';
import { cellText } from '../output/sanitize.js';
import type { CellPainter } from '../output/table.js';
import type { Support } from '../query/support.js';
import { supportWords } from './support.js';

/** TSV/CSV columns of `check`: where, how serious, what kind, the message, and the record with its source. */
export const CHECK_COLUMNS = [
  'file',
  'line',
  'column',
  'severity',
  'kind',
  'message',
  'record',
  'paragraph',
  'quote',
];

/** "draft.md:3:17: error: …": a finding as compilers and linters write one. */
export function findingLine(file: string, finding: Finding): string {
  return cellText(`${file}:${finding.line}:${finding.column}: ${finding.severity}: ${finding.message}`);
}

/** "draft.md:3:17: suggestion: …": the sentence of an error rewritten with the source's figure or date. */
export function suggestionLine(file: string, finding: Finding): string | undefined {
  if (finding.suggestion === undefined || finding.edit === undefined) return undefined;
  return cellText(`${file}:${finding.edit.line}:${finding.edit.column}: suggestion: ${finding.suggestion}`);
}

/** How check's findings are shown: with the suggested rewrites (--suggest), and the sources' labels for footnotes. */
export interface CheckViewOptions {
  readonly suggest?: boolean;
  readonly labelOf?: (source: string) => string;
  /** What the record a finding names rests on (its message then says it: "(1 source)"). */
  readonly supportOf?: ((record: string) => Support | undefined) | undefined;
}

/** The summary of a check: how many findings, and how many sentences it could tie to records. */
export function checkSummary(result: CheckResult): string {
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.length - errors;
  const tied = result.sentences.filter((s) => s.records.length > 0);
  const untied = result.sentences.filter((s) => s.records.length === 0).map((s) => s.line);
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const lines =
    untied.length > 0
      ? `; not tied: line${untied.length === 1 ? '' : 's'} ${[...new Set(untied)].join(', ')}`
      : '';
  return `${count(errors, 'error')}, ${count(warnings, 'warning')}; ${tied.length} of ${count(result.sentences.length, 'sentence')} tied to records${lines}`;
}

// A finding with the support of the record it names, in its message and as a field.
function supported(
  finding: Finding,
  supportOf: (record: string) => Support | undefined,
): Finding & { support?: Support } {
  const support = finding.record === undefined ? undefined : supportOf(finding.record);
  if (!support) return finding;
  return { ...finding, message: `${finding.message} (${supportWords(support)})`, support };
}

const paint: CellPainter = (text, column, style) =>
  column === 'severity' ? (text === 'error' ? style.red(text) : style.yellow(text)) : text;

/**
 * Findings as file:line:col lines (text), a table for a terminal, rows for scripts, Markdown, the
 * whole result for JSON. With supportOf, a finding that names a record says what the record rests
 * on: its message ends "(1 source)", and its JSON has the record's support.
 */
export function checkView(file: string, checked: CheckResult, options: CheckViewOptions = {}): View {
  const { supportOf } = options;
  const result = supportOf
    ? { ...checked, findings: checked.findings.map((f) => supported(f, supportOf)) }
    : checked;
  const suggest = options.suggest === true;
  const suggestion = (f: Finding) => f.suggestion ?? '';
  return lazyView(
    {
      text: () =>
        result.findings
          .flatMap((finding) => {
            const more = suggest ? suggestionLine(file, finding) : undefined;
            return [findingLine(file, finding), ...(more === undefined ? [] : [more])];
          })
          .map((line) => line + '\n')
          .join(''),
      table: () => ({
        columns: ['where', 'severity', 'message', ...(suggest ? ['suggestion'] : [])],
        rows: result.findings.map((f) => [
          `${f.line}:${f.column}`,
          f.severity,
          f.message,
          ...(suggest ? [suggestion(f)] : []),
        ]),
      }),
      rows: () => ({
        columns: [...CHECK_COLUMNS, ...(suggest ? ['replacement', 'suggestion'] : [])],
        rows: result.findings.map((f) => [
          file,
          String(f.line),
          String(f.column),
          f.severity,
          f.kind,
          f.message,
          f.record ?? '',
          f.paragraph === undefined ? '' : String(f.paragraph),
          f.quote ?? '',
          ...(suggest ? [f.edit?.replacement ?? '', suggestion(f)] : []),
        ]),
      }),
      markdown: () => checkMarkdown(file, result, suggest, options.labelOf ?? ((id) => id)),
      json: () => ({ file, ...result }),
    },
    paint,
  );
}
