import type { AnchorStatus } from '../edit/reanchor/anchor.js';
import {
  STATUSES,
  countStatuses,
  type Decisions,
  type PlanEntry,
  type Undecided,
} from '../edit/reanchor/plan.js';
import { lazyView, type View } from '../output/render.js';
import { wrapCell } from '../output/wrap.js';

/** What sources update did: the plan, and whether it was written. */
export interface SourceUpdate {
  readonly source: string;
  /** The source's text file, as messages show paths. */
  readonly textFile: string;
  /** How many paragraphs the text had, and has. */
  readonly paragraphs: { readonly before: number; readonly after: number };
  /** The new text is the one kept already: nothing to do. */
  readonly unchanged: boolean;
  readonly entries: readonly PlanEntry[];
  /** --apply was given. */
  readonly apply: boolean;
  readonly decisions: Decisions;
  /** The citations that stop the writing under the decisions given. */
  readonly undecided: readonly Undecided[];
  /** The files written (shown as messages show paths); empty when nothing was. */
  readonly written: readonly string[];
}

/** Columns of sources update in TSV, and the fields of each item of its JSON (then field, reason, file, line). */
export const REANCHOR_COLUMNS = [
  'record',
  'collection',
  'source',
  'status',
  'old_paragraph',
  'new_paragraph',
  'quote',
  'new_quote',
  'similarity',
  'field',
  'reason',
  'file',
  'line',
];

/** One citation as JSON: the fields scripts read. */
export function entryJson(entry: PlanEntry): Record<string, unknown> {
  const { site } = entry;
  return {
    record: site.record,
    collection: site.collection,
    source: site.source,
    status: entry.status,
    old_paragraph: site.paragraph,
    new_paragraph: entry.newParagraph,
    quote: site.quote,
    new_quote: entry.newQuote,
    similarity: entry.similarity,
    field: site.field,
    reason: entry.reason ?? null,
    ...(entry.candidates ? { candidates: entry.candidates } : {}),
    file: site.file.display,
    line: site.line,
  };
}

/**
 * The plan of sources update: for people, a line per citation grouped by status (old → new
 * paragraph; the old quote beside the new one, with its similarity, for each changed; why, for
 * each orphaned), the counts, and what to do next; for scripts, a row or an object per citation.
 */
export function reanchorView(result: SourceUpdate, width?: number): View {
  const entries = result.entries;
  const cell = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  return lazyView({
    rows: () => ({
      columns: REANCHOR_COLUMNS,
      rows: entries.map((entry) => REANCHOR_COLUMNS.map((column) => cell(entryJson(entry)[column]))),
    }),
    table: () => ({
      columns: ['status', 'record', 'paragraph', 'similarity', 'quote'],
      rows: entries.map((entry) => [
        entry.status,
        recordLabel(entry),
        paragraphs(entry),
        entry.similarity === null || entry.status === 'exact' || entry.status === 'moved'
          ? ''
          : percent(entry.similarity),
        entry.newQuote ?? entry.site.quote,
      ]),
    }),
    json: () => entries.map(entryJson),
    text: () => planText(result, width) + summaryText(result).join('\n') + '\n',
  });
}

// The citations, grouped by status.
function planText(result: SourceUpdate, width: number | undefined): string {
  if (result.unchanged) return '';
  const lines: string[] = [];
  const labels = result.entries.map(recordLabel);
  const pad = Math.min(Math.max(0, ...labels.map((label) => label.length)), 48);
  for (const status of STATUSES) {
    // In the order of the text, then of the files.
    const group = result.entries
      .filter((entry) => entry.status === status)
      .sort((a, b) => a.site.paragraph - b.site.paragraph);
    if (group.length === 0) continue;
    lines.push(`${status} (${group.length})`);
    for (const entry of group) {
      const where =
        status === 'changed' || status === 'orphaned'
          ? `  ${entry.site.file.display}:${entry.site.line}`
          : '';
      const similarity = status === 'changed' ? `  ${percent(entry.similarity!)}` : '';
      lines.push(`  ${recordLabel(entry).padEnd(pad)}  ${paragraphs(entry)}${similarity}${where}`);
      if (status === 'changed') {
        lines.push(...labelled('was', entry.site.quote, width), ...labelled('now', entry.newQuote!, width));
        if (entry.reason) lines.push(...labelled('note', entry.reason, width));
      } else if (status === 'orphaned') {
        lines.push(
          ...labelled('quote', entry.site.quote, width),
          ...labelled('why', entry.reason ?? '', width),
        );
      }
    }
    lines.push('');
  }
  return lines.join('\n') + (lines.length > 0 ? '\n' : '');
}

/** What was done or found, in counts, and the next step: for the text plan, and for stderr beside rows. */
export function summaryText(result: SourceUpdate): string[] {
  const { source, entries } = result;
  if (result.unchanged)
    return [
      `${source}: the new text is the text kept already (${result.textFile}): nothing to re-anchor, nothing written`,
    ];
  const counts = countStatuses(entries);
  const n = entries.length;
  const counted = STATUSES.filter((status) => counts[status] > 0)
    .map((status) => `${counts[status]} ${status}`)
    .join(', ');
  const text = `${result.paragraphs.after} paragraph${result.paragraphs.after === 1 ? '' : 's'}, was ${result.paragraphs.before}`;
  const head = `${source}: ${n} citation${n === 1 ? '' : 's'}${n > 0 ? ` (${counted})` : ''} in the new text (${text})`;
  if (result.written.length > 0) return [head, `written: ${result.written.join(', ')}`];
  const lines = [head + (result.apply ? ': nothing written' : ': a plan, nothing written')];
  if (result.undecided.length === 0) {
    lines.push('next: run it again with --apply to write the new text and the citations as planned');
    return lines;
  }
  return [...lines, ...nextSteps(result)];
}

// What the writer can do about the citations that stop the writing.
function nextSteps(result: SourceUpdate): string[] {
  const steps: string[] = [];
  const of = (status: AnchorStatus) => result.undecided.filter(({ entry }) => entry.status === status);
  const changed = of('changed');
  const orphaned = of('orphaned');
  if (changed.length > 0)
    steps.push(
      `next: read each changed quote beside its close match; to take them all, run it again with --apply --accept-changed`,
    );
  if (orphaned.length > 0) {
    steps.push(
      `orphaned: decide for each whether its record still rests on ${result.source}: remove the citation (with --apply, --drop-orphaned takes out each one whose record keeps another citation), or cite another passage: once the new text is written, car-brief quote ${result.source} <words> finds it and car-brief add citation <record> --source ${result.source} --paragraph N --quote "..." adds it`,
    );
    for (const { entry, lastOne } of orphaned.filter((item) => item.lastOne !== undefined))
      steps.push(
        `  ${lastOne}: give it another citation first (car-brief add citation ${entry.site.record} --source <another source> ...), or remove it (${entry.site.file.display}:${entry.site.line})`,
      );
  }
  return steps;
}

// A record, and which of its citations when it is not one of its sources: "x (disagreement 1, passage 2)".
function recordLabel(entry: PlanEntry): string {
  const { path, record } = entry.site;
  return path[1] === 'sources'
    ? record
    : `${record} (disagreement ${Number(path[2]) + 1}, passage ${Number(path[4]) + 1})`;
}

// ¶3, ¶3 → ¶4, or ¶3 → ? for one with nowhere to go.
function paragraphs(entry: PlanEntry): string {
  const from = `¶${entry.site.paragraph}`;
  if (entry.newParagraph === null) return `${from} → ?`;
  return entry.newParagraph === entry.site.paragraph && entry.status === 'exact'
    ? from
    : `${from} → ¶${entry.newParagraph}`;
}

function percent(similarity: number): string {
  return `${Math.round(similarity * 100)}%`;
}

// A text under a label ("    was  ..."), wrapped to width when one is given.
function labelled(label: string, text: string, width: number | undefined): string[] {
  const head = `      ${label.padEnd(5)} `;
  if (width === undefined) return [head + text];
  return wrapCell(text, Math.max(width - head.length, 20)).map(
    (line, i) => (i === 0 ? head : ' '.repeat(head.length)) + line,
  );
}
