import { isMap, isScalar, isSeq, parseDocument, visit, type YAMLMap } from 'yaml';

// A collection file's text cut into the pieces a merge by record id moves around: the text before
// the first record (the header), each record's own lines (its body) with the text between it and
// the record before it (its gap: blank lines, comments), and the text after the last record (the
// trailer). Joined in order, the pieces are the file, byte for byte. Only a file that is one list
// of records, each a mapping with a string id found once, can be cut so; any other form comes
// back as the reason, and the merge leaves such a file to git's own text merge.

/** One top-level key of a record written as a block mapping: where its text starts and ends in the file. */
export interface FieldSpan {
  readonly key: string;
  /** Offset of the key itself (after the indentation, or after "- " for the first key). */
  readonly start: number;
  /** Offset after its last line: the next key's line, or the end of the record's body. */
  readonly end: number;
  /** The key starts its own line (every key but the one after "- "). */
  readonly ownLine: boolean;
}

/** One record of a collection file. */
export interface RecordSpan {
  readonly id: string;
  readonly value: Readonly<Record<string, unknown>>;
  /** Offset of the start of the line its "- " is on. */
  readonly start: number;
  /** Offset after its last line (after the line break, or the end of the file). */
  readonly end: number;
  /** Its keys, when it is a block mapping (one key a line); undefined for a {flow: mapping}. */
  readonly fields: readonly FieldSpan[] | undefined;
  /** The column its keys start at. */
  readonly column: number;
}

/** A collection file cut into pieces (see above). */
export interface RecordFile {
  readonly text: string;
  readonly eol: '\n' | '\r\n';
  /** The column of the list's "- " (0 when it has no records). */
  readonly indent: number;
  readonly records: readonly RecordSpan[];
  /** An empty list written [] on a line of its own (as init writes it): the offsets of that line. */
  readonly emptyList?: { readonly start: number; readonly end: number };
}

/** Cuts a collection file's text into records (see above), or says why it cannot be. */
export function readRecordFile(text: string): RecordFile | { readonly unsupported: string } {
  const doc = parseDocument(text, { schema: 'core', prettyErrors: false, logLevel: 'silent' });
  if (doc.errors.length > 0)
    return { unsupported: `not valid YAML (${doc.errors[0]!.message.split('\n')[0]})` };
  if (hasAnchors(doc)) return { unsupported: 'it uses YAML anchors or aliases' };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null))
    return { text, eol, indent: 0, records: [] };
  if (!isSeq(contents)) return { unsupported: 'it is not a list of records' };
  if (contents.flow) {
    if (contents.items.length > 0) return { unsupported: 'its list is written in brackets ([...])' };
    const [from, to] = contents.range!;
    const start = lineStart(text, from);
    const end = lineEnd(text, to);
    if (text.slice(start, end).trim() !== '[]') return { unsupported: 'its empty list [] shares a line' };
    return { text, eol, indent: 0, records: [], emptyList: { start, end } };
  }
  const records: RecordSpan[] = [];
  const ids = new Set<string>();
  let indent = 0;
  for (const item of contents.items) {
    if (!isMap(item) || !item.range) return { unsupported: 'an item of its list is not a record' };
    const value = item.toJS(doc) as Record<string, unknown>;
    const id = value.id;
    if (typeof id !== 'string' || id === '') return { unsupported: 'a record has no id' };
    if (ids.has(id)) return { unsupported: `the id ${id} is used twice` };
    ids.add(id);
    const dash = dashBefore(text, item.range[0]);
    if (dash === undefined) return { unsupported: `the record ${id} is not written as "- " and its keys` };
    const start = lineStart(text, dash);
    indent = dash - start;
    const end = lineEnd(text, item.range[1]);
    const fields = item.flow ? undefined : fieldsOf(text, item, end);
    if (fields === null) return { unsupported: `the record ${id} is not one key a line` };
    const column = item.range[0] - lineStart(text, item.range[0]);
    records.push({ id, value, start, end, fields, column });
  }
  return { text, eol, indent, records };
}

// The keys of a block mapping, each from its key to the next key's line; null when a key does not
// start its line, or is not a plain string.
function fieldsOf(text: string, item: YAMLMap, end: number): FieldSpan[] | null {
  const fields: FieldSpan[] = [];
  const pairs = item.items;
  for (let i = 0; i < pairs.length; i++) {
    const key = pairs[i]!.key;
    if (!isScalar(key) || typeof key.value !== 'string' || !key.range) return null;
    const start = key.range[0];
    const ownLine = text.slice(lineStart(text, start), start).trim() === '';
    if (i > 0 && !ownLine) return null;
    fields.push({ key: key.value, start, end, ownLine });
    if (i > 0) {
      const previous = fields[i - 1]!;
      fields[i - 1] = { ...previous, end: lineStart(text, start) };
    }
  }
  return fields;
}

// The offset of the "- " that starts the item whose content starts at offset (only spaces and
// line breaks between them), or undefined.
function dashBefore(text: string, offset: number): number | undefined {
  let i = offset - 1;
  while (i >= 0 && ' \t\r\n'.includes(text[i]!)) i--;
  if (text[i] !== '-') return undefined;
  return text.slice(lineStart(text, i), i).trim() === '' ? i : undefined;
}

/** The offset of the start of the line offset is on. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset after the line break of the line offset is on (the end of the text on the last line); offset itself at a line's start. */
export function lineEnd(text: string, offset: number): number {
  if (offset === 0 || text[offset - 1] === '\n') return offset;
  const at = text.indexOf('\n', offset);
  return at < 0 ? text.length : at + 1;
}

function hasAnchors(doc: ReturnType<typeof parseDocument>): boolean {
  let found = false;
  visit(doc, {
    Alias: () => {
      found = true;
      return visit.BREAK;
    },
    Node: (_key, node) => {
      if ('anchor' in node && node.anchor) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}
