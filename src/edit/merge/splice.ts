import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';
import { itemText } from '../append.js';
import type { RecordFile, RecordSpan } from './record-file.js';

// A record's text after a merge: our lines, with each field the merge took from their side
// replaced by their lines for it (re-indented to our column), the fields only they have added at
// the end, and the fields they removed taken out. Comments and formatting of the rest of the
// record stay ours. The text must read back as the merged value; where it would not (a key that
// shares the line of "- " removed, a field in {flow: form}), the record is written anew from its
// value, as append.ts writes one.

/** One side's record: the file it is in and where. */
export interface SideRecord {
  readonly file: RecordFile;
  readonly record: RecordSpan;
}

/** The text of a record's body (its lines) in its file. */
export function bodyOf({ file, record }: SideRecord): string {
  return file.text.slice(record.start, record.end);
}

/** Their record's lines, moved from their list's column to ours (indent). */
export function movedBody(theirs: SideRecord, indent: number, eol: string): string {
  return withEnd(
    shift(bodyOf(theirs), indent - theirs.file.indent) ?? rebuilt(theirs.record.value, indent, eol),
    eol,
  );
}

/** Our record's lines with the fields of merged that differ from ours taken from theirs (see above). */
export function splicedBody(ours: SideRecord, theirs: SideRecord, merged: Record<string, unknown>): string {
  const spliced = splice(ours, theirs, merged);
  if (spliced !== undefined && readsAs(spliced, merged)) return spliced;
  return rebuilt(merged, ours.file.indent, ours.file.eol);
}

function splice(ours: SideRecord, theirs: SideRecord, merged: Record<string, unknown>): string | undefined {
  const ourFields = ours.record.fields;
  const theirFields = theirs.record.fields;
  if (!ourFields || !theirFields) return undefined;
  const text = ours.file.text;
  const base = ours.record.start;
  const delta = ours.record.column - theirs.record.column;
  const theirText = (key: string): string | undefined => {
    const field = theirFields.find((f) => f.key === key);
    if (!field) return undefined;
    return shift(withEnd(theirs.file.text.slice(field.start, field.end), ours.file.eol), delta, true);
  };
  // Edits to our body, as [from, to, text] in offsets of the body, applied last first.
  const edits: [number, number, string][] = [];
  let appended = '';
  const ourValue = ours.record.value;
  for (const key of new Set([...Object.keys(ourValue), ...Object.keys(merged)])) {
    if (isDeepStrictEqual(ourValue[key], merged[key])) continue;
    const field = ourFields.find((f) => f.key === key);
    if (key in merged) {
      const replacement = theirText(key);
      if (replacement === undefined) return undefined;
      if (field) edits.push([field.start - base, field.end - base, replacement]);
      else appended += ' '.repeat(ours.record.column) + replacement;
    } else {
      if (!field || !field.ownLine) return undefined;
      const from = text.lastIndexOf('\n', field.start - 1) + 1;
      edits.push([from - base, field.end - base, '']);
    }
  }
  let body = withEnd(text.slice(base, ours.record.end), ours.file.eol);
  for (const [from, to, replacement] of edits.sort((a, b) => b[0] - a[0]))
    body = body.slice(0, from) + replacement + body.slice(to);
  return body + appended;
}

// Lines after the first (or all of them) moved right by delta columns, or left where they start
// with that many spaces; undefined when a line cannot move left.
function shift(text: string, delta: number, afterFirst = false): string | undefined {
  if (delta === 0) return text;
  const lines = text.split('\n');
  const moved: string[] = [];
  for (const [i, line] of lines.entries()) {
    if ((afterFirst && i === 0) || line.trim() === '') moved.push(line);
    else if (delta > 0) moved.push(' '.repeat(delta) + line);
    else if (line.startsWith(' '.repeat(-delta))) moved.push(line.slice(-delta));
    else return undefined;
  }
  return moved.join('\n');
}

/** Text that ends with a line break. */
export function withEnd(text: string, eol: string): string {
  return text === '' || text.endsWith('\n') ? text : text + eol;
}

/** A record written anew from its value, as an item of a list at column indent. */
export function rebuilt(value: Readonly<Record<string, unknown>>, indent: number, eol: string): string {
  const text = itemText(value, indent);
  return eol === '\r\n' ? text.replace(/\r?\n/g, '\r\n') : text;
}

// The body, read alone, is one record with this value.
function readsAs(body: string, value: Record<string, unknown>): boolean {
  const doc = parseDocument(body, { schema: 'core', logLevel: 'silent' });
  if (doc.errors.length > 0) return false;
  const read = doc.toJS() as unknown;
  return Array.isArray(read) && read.length === 1 && isDeepStrictEqual(read[0], value);
}
