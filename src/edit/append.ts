import { Document, Scalar, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

// A record appended to a collection file as text: every byte of the file before it stays as it
// was (comments, key order, quoting, odd spacing), and the record follows as one more item of its
// list, indented as the file's items are. The result is parsed again and must hold the same
// records as before plus exactly this one; a file whose form does not allow that (a list written
// [a, b] on one line, a mapping, a second document) is refused with the reason, never rewritten.

/** Why a record could not be appended to a file: its form does not allow it. */
export class AppendError extends Error {}

/** The text of a collection file with record appended as its last item (see above). */
export function appendRecord(text: string, record: Readonly<Record<string, unknown>>): string {
  const doc = parse(text);
  if (doc.errors.length > 0) throw new AppendError(`it is not valid YAML: ${doc.errors[0]!.message}`);
  const before = doc.toJS() as unknown;
  const contents = doc.contents as Node | null;
  // A file with Windows line breaks gets them in the record too.
  const item = (indent: number) => {
    const lines = itemText(record, indent);
    return text.includes('\r\n') ? lines.replace(/\n/g, '\r\n') : lines;
  };
  let appended: string;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    // An empty file, or comments only: the record is its first item.
    appended = joined(text, item(0));
  } else if (isSeq(contents) && contents.flow && contents.items.length === 0) {
    // `[]` (as init writes it): the empty list becomes a list of this one record.
    const [start, end] = contents.range!;
    const line = text.lastIndexOf('\n', start - 1) + 1;
    if (text.slice(line, start).trim() !== '')
      throw new AppendError('its empty list [] does not start a line');
    appended = text.slice(0, start) + item(start - line).trimEnd() + text.slice(end);
  } else if (isSeq(contents) && !contents.flow) {
    const [start] = contents.range!;
    const indent = start - (text.lastIndexOf('\n', start - 1) + 1);
    appended = joined(text, item(indent));
  } else {
    throw new AppendError(
      isSeq(contents)
        ? 'its list is written in brackets ([...]); write it as lines starting with "- " to add to it'
        : isMap(contents)
          ? 'it holds a mapping, not a list of records'
          : 'it holds a single value, not a list of records',
    );
  }
  verify(before, appended, record);
  return appended;
}

function parse(text: string): Document {
  return parseDocument(text, { schema: 'core', prettyErrors: false, logLevel: 'error' });
}

// The text with more after it, on a line of its own.
function joined(text: string, more: string): string {
  if (text === '' || text.endsWith('\n')) return text + more;
  return `${text}${text.includes('\r\n') ? '\r\n' : '\n'}${more}`;
}

/** One record as an item of a block list, each line indented by indent spaces, ending with a line break. */
export function itemText(record: Readonly<Record<string, unknown>>, indent: number): string {
  const doc = new Document([record]);
  // Dates are written in quotes, as the dataset writes them: a YAML 1.1 reader takes 2024-11-05 for a time.
  const item = (doc.contents as { items: Node[] }).items[0];
  if (isMap(item))
    for (const pair of item.items) {
      if (
        isScalar(pair.value) &&
        typeof pair.value.value === 'string' &&
        /^\d{4}(-|$)/.test(pair.value.value)
      )
        pair.value.type = Scalar.QUOTE_DOUBLE;
      // Lists of ids and names on one line, [a, b], and quotes in double quotes, as the dataset writes them.
      if (isSeq(pair.value) && pair.value.items.every((value) => isScalar(value))) pair.value.flow = true;
      if (isScalar(pair.key) && pair.key.value === 'sources' && isSeq(pair.value))
        for (const citation of pair.value.items) {
          const quote = isMap(citation) ? citation.get('quote', true) : undefined;
          if (isScalar(quote)) quote.type = Scalar.QUOTE_DOUBLE;
        }
    }
  const yaml = doc.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false });
  const pad = ' '.repeat(indent);
  return yaml
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

// The appended text must read back as the records before, unchanged, and this one after them.
function verify(before: unknown, text: string, record: Readonly<Record<string, unknown>>): void {
  const doc = parse(text);
  const after = doc.errors.length === 0 ? (doc.toJS() as unknown) : undefined;
  const old = Array.isArray(before) ? before : [];
  const same =
    Array.isArray(after) &&
    after.length === old.length + 1 &&
    JSON.stringify(after.slice(0, -1)) === JSON.stringify(old) &&
    JSON.stringify(after.at(-1)) === JSON.stringify(record);
  if (!same) throw new AppendError('a record added at its end would not read back as written');
}
