import { Document, Scalar, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import { AppendError } from './append.js';

// Citations added to a record already in a collection file, as text: the new items go into the
// record's `sources` list right after its last item, written in the style of that item (a flow
// mapping `{ source: …, paragraph: …, quote: "…" }` on one line, or a block mapping), so that
// every byte of the file stays where and as it was and only the inserted lines are new. The
// result is parsed again and must hold the same records as before, but for this one, whose
// sources have gained exactly these citations; a form that does not allow it is refused.

/** A citation as a record's sources list holds it. */
export interface CitationItem {
  readonly source: string;
  readonly paragraph: number;
  readonly quote: string;
}

/** The text of a collection file with citations added to the sources of the record with this id. */
export function insertCitations(text: string, id: string, citations: readonly CitationItem[]): string {
  const doc = parse(text);
  if (doc.errors.length > 0) throw new AppendError(`it is not valid YAML: ${doc.errors[0]!.message}`);
  const before = doc.toJS() as unknown;
  const contents = doc.contents as Node | null;
  const record = isSeq(contents)
    ? contents.items.find((item): item is YAMLMap => isMap(item) && item.get('id') === id)
    : undefined;
  if (!record) throw new AppendError(`it holds no record ${id}`);
  const list = record.get('sources', true) as Node | undefined;
  if (!isSeq(list) || list.items.length === 0 || !list.range)
    throw new AppendError(`the sources of ${id} are not written as a list of citations`);
  const last = list.items.at(-1) as Node;
  if (!isMap(last) || !last.range)
    throw new AppendError(`the sources of ${id} are not written as a list of citations`);
  const crlf = text.includes('\r\n');
  const lines = (more: string) => (crlf ? more.replace(/\n/g, '\r\n') : more);
  let inserted: string;
  if (list.flow) {
    // [ {…}, {…} ]: the new items after the last one, inside the brackets.
    const at = last.range[1];
    const items = citations.map((citation) => `, ${flowItem(citation)}`).join('');
    inserted = text.slice(0, at) + items + text.slice(at);
  } else {
    const start = list.range[0];
    const indent = start - (text.lastIndexOf('\n', start - 1) + 1);
    // After the line the last item ends on (a comment on that line included).
    const end = last.range[1];
    const lineEnd = text[end - 1] === '\n' ? end : text.indexOf('\n', end) + 1 || text.length;
    const pad = ' '.repeat(indent);
    const items = citations
      .map((citation) => (last.flow ? `${pad}- ${flowItem(citation)}\n` : blockItem(citation, pad)))
      .join('');
    const head = text.slice(0, lineEnd);
    const joint = head.endsWith('\n') || head === '' ? '' : '\n';
    inserted = head + lines(joint + items) + text.slice(lineEnd);
  }
  verify(before, inserted, id, citations);
  return inserted;
}

/** Whether a collection file's text holds the record with this id (as an item of its list). */
export function holdsRecord(text: string, id: string): boolean {
  if (!text.includes(id)) return false;
  const contents = parse(text).contents as Node | null;
  return isSeq(contents) && contents.items.some((item) => isMap(item) && item.get('id') === id);
}

function parse(text: string): Document {
  return parseDocument(text, { schema: 'core', prettyErrors: false, logLevel: 'error' });
}

// The citation as a YAML node, its quote in double quotes as the dataset writes quotes.
function citationNode(citation: CitationItem, flow: boolean): Document {
  const doc = new Document({ source: citation.source, paragraph: citation.paragraph, quote: citation.quote });
  const map = doc.contents as YAMLMap;
  map.flow = flow;
  const quote = map.get('quote', true);
  if (isScalar(quote)) quote.type = Scalar.QUOTE_DOUBLE;
  return doc;
}

// { source: s, paragraph: 4, quote: "…" }, on one line however long.
function flowItem(citation: CitationItem): string {
  return citationNode(citation, true).toString({ lineWidth: 0 }).trimEnd();
}

// - source: s
//   paragraph: 4
//   quote: "…"
function blockItem(citation: CitationItem, pad: string): string {
  const body = citationNode(citation, false).toString({ lineWidth: 0 }).trimEnd().split('\n');
  return body.map((line, i) => `${pad}${i === 0 ? '- ' : '  '}${line}\n`).join('');
}

// The new text must read back as the records before, this one's sources grown by exactly these citations.
function verify(before: unknown, text: string, id: string, citations: readonly CitationItem[]): void {
  const doc = parse(text);
  const after = doc.errors.length === 0 ? (doc.toJS() as unknown) : undefined;
  const expected = (before as Record<string, unknown>[]).map((record) =>
    record?.id === id
      ? { ...record, sources: [...(record.sources as unknown[]), ...citations.map((c) => ({ ...c }))] }
      : record,
  );
  if (JSON.stringify(after) !== JSON.stringify(expected))
    throw new AppendError(`a citation added to ${id} would not read back as written`);
}
