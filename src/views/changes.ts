import type { Revision } from '../load/git/history.js';
import { TYPE_OF } from '../model/records.js';
import { SLUG } from '../model/slug.js';
import { markdownEnd, markdownText } from '../output/markdown.js';
import { lazyView, type View } from '../output/render.js';
import type { Report, ReportSection } from '../output/report.js';
import type { ChangeKind, RecordChange } from '../query/changes/diff.js';
import type { DatasetChanges } from '../query/changes/index.js';
import { fieldWords } from './change-words.js';

// `changes`: the records added, changed and removed between two revisions, in words. A report on
// a terminal (a section per kind of change), a row per changed field for scripts (TSV, CSV),
// the records and their fields for JSON, and a changelog an editor reads in Markdown.

/** TSV/CSV columns of `changes`: one row per record added or removed, one per field changed. */
export const CHANGE_COLUMNS = ['collection', 'id', 'change', 'field', 'what'];

const KINDS: readonly ChangeKind[] = ['added', 'changed', 'removed'];
const HEADINGS: Record<ChangeKind, string> = { added: 'Added', changed: 'Changed', removed: 'Removed' };

/** The changes, said for people and scripts (see above); where: the dataset as messages name it. */
export function changesView(result: DatasetChanges, where: string): View {
  const { changes } = result;
  return lazyView({
    rows: () => ({ columns: CHANGE_COLUMNS, rows: changes.flatMap(rowsOf) }),
    json: () => changes.map(jsonOf),
    report: () => reportOf(result, where),
    markdown: () => markdownOf(result, where),
  });
}

/** The span of the changes in words: "from 1a2b3c4 (2024-12-01, “Add claims”) to the working tree". */
export function spanWords(result: DatasetChanges): string {
  const at = (revision: Revision) => `${revision.short} (${revision.date}, “${shortened(revision.subject)}”)`;
  const from = result.since ? at(result.since) : 'before the first commit';
  return `from ${from} to ${result.until ? at(result.until) : 'the working tree'}`;
}

/** How many records changed, by kind: "1 added, 2 changed, 0 removed". */
export function countWords(changes: readonly RecordChange[]): string {
  return KINDS.map((kind) => `${changes.filter((c) => c.change === kind).length} ${kind}`).join(', ');
}

function rowsOf(change: RecordChange): string[][] {
  const { collection, id } = change;
  if (change.change !== 'changed') return [[collection, id, change.change, '', nameOf(change)]];
  return change.fields.map((field) => [collection, id, 'changed', field.field, fieldWords(field).join('; ')]);
}

function jsonOf(change: RecordChange) {
  const { id, collection } = change;
  const fields = change.fields.map((field) => ({ ...field, text: fieldWords(field).join('; ') }));
  const record =
    change.change === 'removed' ? change.before : change.change === 'added' ? change.after : undefined;
  return { id, collection, change: change.change, fields, ...(record ? { record } : {}) };
}

function reportOf(result: DatasetChanges, where: string): Report {
  const { changes } = result;
  const sections: ReportSection[] = KINDS.flatMap((kind) => {
    const of = changes.filter((change) => change.change === kind);
    if (of.length === 0) return [];
    const rows = of.flatMap((change) => {
      const label = `${TYPE_OF[change.collection]} ${change.id}`;
      if (kind !== 'changed') return [[label, nameOf(change)]];
      const words = change.fields.flatMap(fieldWords);
      return words.map((text, i) => [i === 0 ? label : '', text]);
    });
    return [{ heading: `${HEADINGS[kind]} (${of.length})`, table: { columns: ['record', 'what'], rows } }];
  });
  return {
    title: `Changes to ${where}`,
    intro: `${sentence(spanWords(result))}: ${changes.length === 0 ? 'no record changed' : countWords(changes)}.`,
    sections,
  };
}

function markdownOf(result: DatasetChanges, where: string): string {
  const { changes } = result;
  const out = [
    `# Changes to ${markdownText(where)}`,
    '',
    `${markdownText(sentence(spanWords(result)))}: ${countWords(changes)}.`,
    '',
  ];
  for (const kind of KINDS) {
    const of = changes.filter((change) => change.change === kind);
    if (of.length === 0) continue;
    out.push(`## ${HEADINGS[kind]}`, '');
    for (const change of of) {
      out.push(
        `- **${TYPE_OF[change.collection]}** ${idMarkdown(change.id)}: ${markdownText(nameOf(change))}`,
      );
      if (kind === 'changed')
        for (const words of change.fields.flatMap(fieldWords)) out.push(`  - ${markdownText(words)}`);
    }
    out.push('');
  }
  return markdownEnd(out.join('\n'));
}

// A commit's subject, cut to what a line can hold.
const shortened = (subject: string) =>
  subject.length <= 60 ? subject : `${subject.slice(0, 59).trimEnd()}…`;
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// An id in code type, or as text where it is not a slug (a record that failed its schema).
function idMarkdown(id: string): string {
  return SLUG.test(id) ? `\`${id}\`` : markdownText(id);
}

// A record's name as its collection gives it: a source's label, an actor's name, an event's or
// issue's title, a claim's statement.
function nameOf(change: RecordChange): string {
  const record = change.after ?? change.before ?? {};
  const name = record.label ?? record.name ?? record.title ?? record.statement;
  return typeof name === 'string' ? name : '';
}
