import { isDeepStrictEqual as same } from 'node:util';
import { readRecordFile, type RecordFile, type RecordSpan } from './record-file.js';
import { bodyOf, movedBody, splicedBody, withEnd } from './splice.js';
import { checkMerged } from './verify.js';
import { conflictText, decide } from './decide.js';

// A three-way merge of one collection file by record id, as a git merge driver does it. Our file
// is the frame: its header, comments and record order stay. A record only they changed gets their
// changed fields (splice.ts); a record both changed, in different fields, gets both; a record
// only they added goes after the record it follows in their file (after any we added there);
// a record deleted on one side and left alone on the other goes. What cannot be merged (a field
// changed two ways, a record changed on one side and deleted on the other) becomes one conflict,
// in git's markers, around that record's two versions only. The result must read back as exactly
// the records decided (verify.ts), or the merge is given up (unsupported) and left to git.

/** A record the merge could not settle: why, and the fields changed two ways. */
export interface RecordConflict {
  readonly id: string;
  readonly why: string;
  readonly fields: readonly string[];
}

/** A merged file: its text (with conflict markers where conflicts is not empty). */
export interface MergedFile {
  readonly text: string;
  readonly conflicts: readonly RecordConflict[];
}

/** Why a file cannot be merged by record id (it goes to git's text merge instead). */
export interface Unsupported {
  readonly unsupported: string;
}

/** Merges ours and theirs, both changed from base, record by record (see above). */
export function mergeRecordFiles(base: string, ours: string, theirs: string): MergedFile | Unsupported {
  // Their lines and the base's end as ours do: a file's line breaks are not a change to merge.
  const eol = (text: string) =>
    ours.includes('\r\n') ? text.replace(/\r?\n/g, '\r\n') : text.replace(/\r\n/g, '\n');
  const files = {
    base: readRecordFile(eol(base)),
    ours: readRecordFile(ours),
    theirs: readRecordFile(eol(theirs)),
  };
  for (const [side, file] of Object.entries(files))
    if ('unsupported' in file) return { unsupported: `${side}: ${file.unsupported}` };
  const merged = mergeFiles(files.base as RecordFile, files.ours as RecordFile, files.theirs as RecordFile);
  const wrong = checkMerged(merged.text, merged.expected, merged.sides);
  return wrong === undefined ? { text: merged.text, conflicts: merged.conflicts } : { unsupported: wrong };
}

/** One record of the result: the text before it, and its own (or a conflict's markers). */
interface Entry {
  readonly id: string;
  readonly gap: string;
  readonly body: string;
  /** Added by them, placed by the merge. */
  readonly inserted: boolean;
  /** Added by us (in neither base nor theirs). */
  readonly ours: boolean;
}

function mergeFiles(O: RecordFile, A: RecordFile, B: RecordFile) {
  const [o, a, b] = [O, A, B].map((file) => new Map(file.records.map((r) => [r.id, r] as const))) as [
    Map<string, RecordSpan>,
    Map<string, RecordSpan>,
    Map<string, RecordSpan>,
  ];
  const [go, ga, gb] = [gapsOf(O), gapsOf(A), gapsOf(B)];
  const eol = A.eol;
  const indent = A.records.length > 0 ? A.indent : B.indent;
  const expected = new Map<string, unknown>();
  const sides = { ours: new Map<string, unknown>(), theirs: new Map<string, unknown>() };
  const conflicts: RecordConflict[] = [];
  const entries: Entry[] = [];
  const theirBody = (record: RecordSpan) => movedBody({ file: B, record }, indent, eol);

  for (const ours of A.records) {
    const { id } = ours;
    const [base, theirs] = [o.get(id), b.get(id)];
    const decision = decide(base?.value, ours.value, theirs?.value);
    if (decision.kind === 'delete') continue;
    let body = bodyOf({ file: A, record: ours });
    if (decision.kind === 'keep') expected.set(id, ours.value);
    else if (decision.kind === 'merge') {
      body = splicedBody({ file: A, record: ours }, { file: B, record: theirs! }, decision.value);
      expected.set(id, decision.value);
    } else {
      body = conflictText(body, theirs ? theirBody(theirs) : '', eol);
      conflicts.push({ id, why: decision.why, fields: decision.fields });
      sides.ours.set(id, ours.value);
      if (theirs) sides.theirs.set(id, theirs.value);
    }
    const gap = mergeGap(go.get(id), ga.get(id)!, gb.get(id));
    entries.push({ id, gap, body, inserted: false, ours: !base && !theirs });
  }

  // Their records that we do not have: added by them, or deleted by us.
  let previous: string | undefined;
  for (const [i, theirs] of B.records.entries()) {
    const { id } = theirs;
    if (a.has(id)) {
      previous = id;
      continue;
    }
    const base = o.get(id);
    let body: string;
    if (!base) {
      body = theirBody(theirs);
      expected.set(id, theirs.value);
    } else if (same(base.value, theirs.value))
      continue; // deleted by us, left alone by them
    else {
      body = conflictText('', theirBody(theirs), eol);
      conflicts.push({ id, why: 'deleted on our side, changed on theirs', fields: [] });
      sides.theirs.set(id, theirs.value);
    }
    const at = insertionPoint(entries, previous, B.records.slice(i + 1));
    entries.splice(at, 0, { id, gap: gb.get(id)!, body, inserted: true, ours: false });
    previous = id;
  }

  const separator = separatorOf(A, B);
  const parts = [mergeGap(go.get(HEADER), ga.get(HEADER)!, gb.get(HEADER))];
  if (entries.length > 0 && parts[0] !== '') parts[0] = withEnd(parts[0]!, eol);
  // (The first record's gap is kept: where the one before it went, its section comment stays.)
  entries.forEach((entry, i) => {
    parts.push(i > 0 && entry.gap === '' ? separator : entry.gap, withEnd(entry.body, eol));
  });
  if (entries.length === 0 && A.emptyList) parts.push(A.text.slice(A.emptyList.start, A.emptyList.end));
  parts.push(mergeGap(go.get(TRAILER), ga.get(TRAILER)!, gb.get(TRAILER)));
  return { text: parts.join(''), expected, sides, conflicts };
}

// Where a record of theirs goes: after the one it follows in their file (and after records we
// added there), else before the first of theirs that follows it and that we have, else last.
function insertionPoint(
  entries: readonly Entry[],
  previous: string | undefined,
  after: readonly RecordSpan[],
) {
  if (previous !== undefined) {
    let at = entries.findIndex((entry) => entry.id === previous) + 1;
    while (at < entries.length && entries[at]!.ours) at++;
    return at;
  }
  for (const next of after) {
    const at = entries.findIndex((entry) => entry.id === next.id && !entry.inserted);
    if (at >= 0) return at;
  }
  return entries.length;
}

const HEADER = '\0header';
const TRAILER = '\0trailer';

// The text before each record of a file (by id), its header and its trailer.
function gapsOf(file: RecordFile): Map<string, string> {
  const { text, records, emptyList } = file;
  const gaps = new Map<string, string>();
  const first = records[0]?.start ?? emptyList?.start ?? text.length;
  gaps.set(HEADER, text.slice(0, first));
  records.forEach((record, i) =>
    gaps.set(record.id, i === 0 ? '' : text.slice(records[i - 1]!.end, record.start)),
  );
  gaps.set(TRAILER, text.slice(records.at(-1)?.end ?? emptyList?.end ?? text.length));
  return gaps;
}

// The text between two records, merged: ours unless only they changed it; changed both ways,
// ours with the lines only they added (so that no comment is lost).
function mergeGap(base: string | undefined, ours: string, theirs: string | undefined): string {
  if (theirs === undefined || base === undefined || theirs === base || theirs === ours) return ours;
  if (ours === base) return theirs;
  const known = new Set([...base.split('\n'), ...ours.split('\n')].map((line) => line.trimEnd()));
  const added = theirs.split('\n').filter((line) => line.trim() !== '' && !known.has(line.trimEnd()));
  if (added.length === 0) return ours;
  const last = ours.trimEnd().length;
  const cut = last === 0 ? ours.length : ours.indexOf('\n', last) + 1 || ours.length;
  const eol = ours.includes('\r\n') || theirs.includes('\r\n') ? '\r\n' : '\n';
  const lines = added.map((line) => line.replace(/\r$/, '') + eol).join('');
  return withEnd(ours.slice(0, cut), eol) + lines + ours.slice(cut);
}

// What separates two records where the merge puts one next to another: the files' own blank
// lines (the first gap of nothing but blank lines), else one blank line.
function separatorOf(...files: readonly RecordFile[]): string {
  for (const file of files)
    for (let i = 1; i < file.records.length; i++) {
      const gap = file.text.slice(file.records[i - 1]!.end, file.records[i]!.start);
      if (gap.trim() === '') return gap;
    }
  return files[0]!.eol;
}
