// A quick reading of a collection file written in the block style car-brief's files use (each
// record an item "- id: ...", its citations items "- source: ..." of block lists under sources:
// and a disagreement's passages:), by lines and indentation, without building a YAML document:
// where each record and each citation is written, and the text of the values re-anchoring
// reads and changes (a citation's source, paragraph and quote, a record's id). It gives up
// (undefined) on anything else: flow collections or anchors where a record or citation starts,
// directives, document markers, keys that are not plain words, a list written at its key's own
// indentation. A value it cannot read plainly (a block scalar, a quoted string over several
// lines, an escape JSON does not share) is read as UNREAD. What it finds is trusted only once it
// agrees with the records the YAML parser made of the same file (locate.ts).

/** A value the scan did not read (it is not written as one plain line). */
export const UNREAD: unique symbol = Symbol('unread');

/** A value written on one line: where its text is, how it is quoted, and what it says. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly style: 'plain' | 'double' | 'single';
  readonly value: unknown;
}

/** A scalar value: its token when it is one plain line, else UNREAD. */
export type ScannedValue = Token | typeof UNREAD;

/** An item of a block list of mappings. */
export interface ScannedItem {
  /** Its first line (1-based): where the mapping starts, after "- ". */
  readonly line: number;
  /** Its keys, each with its value when that is a plain line. */
  readonly values: ReadonlyMap<string, ScannedValue>;
  /** From the start of its "- " line to the end of its last line, when all of it is key: value lines (it can be taken out whole). */
  readonly lines?: { readonly start: number; readonly end: number };
}

/** A record: its id and its citation lists (undefined: not written as a block list of mappings). */
export interface ScannedRecord {
  readonly id: ScannedValue;
  readonly sources?: readonly ScannedItem[] | undefined;
  /** Each disagreement's passages, in order (an entry undefined: its passages are not a block list). */
  readonly disagreements?: readonly (readonly ScannedItem[] | undefined)[] | undefined;
}

interface Lines {
  readonly text: string;
  readonly start: Int32Array;
  /** End of each line's content (before \r\n or \n). */
  readonly end: Int32Array;
  /** Spaces before the content; -1 for a blank or comment line. */
  readonly indent: Int32Array;
  /** The lines that hold content (not blank, not only a comment), in order. */
  readonly content: Int32Array;
}

/** The records of a collection file, in order; undefined when it is not written as the scan reads. */
export function scanCollection(text: string): ScannedRecord[] | undefined {
  const lines = splitLines(text);
  if (!lines) return undefined;
  if (lines.content.length === 0) return [];
  const items = itemsAt(lines, 0, lines.content.length, lines.indent[lines.content[0]!]!);
  if (!items) return undefined;
  const records: ScannedRecord[] = [];
  for (const item of items) {
    const map = mapOf(lines, item);
    if (!map) return undefined;
    const id = map.get('id');
    const disagreements = map.get('disagreements');
    records.push({
      id: (id && valueOf(lines, id)) ?? UNREAD,
      sources: citationList(lines, map.get('sources')),
      disagreements:
        disagreements &&
        listOf(lines, disagreements)?.map((entry) => {
          const at = mapOf(lines, entry);
          return at && citationList(lines, at.get('passages'));
        }),
    });
  }
  return records;
}

function splitLines(text: string): Lines | undefined {
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const indent = new Int32Array(n);
  const content = new Int32Array(n);
  let count = 0;
  let contentCount = 0;
  let at = text.startsWith('\uFEFF') ? 1 : 0;
  while (at < text.length) {
    const newline = text.indexOf('\n', at);
    const next = newline < 0 ? text.length : newline + 1;
    const stop =
      newline < 0 ? text.length : newline > at && text[newline - 1] === '\r' ? newline - 1 : newline;
    let first = at;
    while (first < stop && text.charCodeAt(first) === 32) first++;
    const ch = text[first];
    // A tab where indentation is, a directive, a document marker: not read here.
    if (
      ch === '\t' ||
      (first === at && (ch === '%' || text.startsWith('---', at) || text.startsWith('...', at)))
    )
      return undefined;
    start[count] = at;
    end[count] = stop;
    if (first === stop || ch === '#') indent[count] = -1;
    else {
      indent[count] = first - at;
      content[contentCount++] = count;
    }
    count++;
    at = next;
  }
  return {
    text,
    start: start.subarray(0, count),
    end: end.subarray(0, count),
    indent: indent.subarray(0, count),
    content: content.subarray(0, contentCount),
  };
}

/** A block of lines: the content lines content[from, to), where the first one's content starts at col (after "- " for an item). */
interface Block {
  readonly from: number;
  to: number;
  readonly col: number;
}

// The items of a block list whose dashes are at indent, among the content lines content[from,
// to): each from its dash to the next; undefined when a line is not part of such a list.
function itemsAt(lines: Lines, from: number, to: number, indent: number): Block[] | undefined {
  const { text, content } = lines;
  const items: Block[] = [];
  for (let k = from; k < to; k++) {
    const i = content[k]!;
    const at = lines.indent[i]!;
    if (at < indent) return undefined;
    if (at > indent) {
      if (items.length === 0) return undefined;
      items[items.length - 1]!.to = k + 1;
      continue;
    }
    const dash = lines.start[i]! + at;
    const end = lines.end[i]!;
    if (text[dash] !== '-' || (dash + 1 < end && text[dash + 1] !== ' ')) return undefined;
    let col = dash + 1;
    while (col < end && text.charCodeAt(col) === 32) col++;
    items.push({ from: k, to: k + 1, col });
  }
  return items;
}

/** A key of a block mapping: its line and those more indented below it (content[from, to)), and where its value starts (col). */
type Entry = Block;

const KEY = /([A-Za-z0-9_][A-Za-z0-9_-]*):(?=[ \r\n]|$)/y;

// An item of a list read as a mapping of plain keys, the first on the dash's line and the others
// at its indent; undefined when it is not one. An entry's lines are its own and those below it.
function mapOf(lines: Lines, block: Block): Map<string, Entry> | undefined {
  const { text, content } = lines;
  const first = content[block.from]!;
  if (block.col >= lines.end[first]!) return undefined; // "-" alone on its line
  const indent = block.col - lines.start[first]!;
  const map = new Map<string, Entry>();
  let last: Entry | undefined;
  for (let k = block.from; k < block.to; k++) {
    const i = content[k]!;
    const at = k === block.from ? block.col : lines.start[i]! + lines.indent[i]!;
    const column = at - lines.start[i]!;
    if (column > indent && last) {
      last.to = k + 1;
      continue;
    }
    if (column !== indent) return undefined;
    KEY.lastIndex = at;
    const key = KEY.exec(text);
    if (!key || map.has(key[1]!)) return undefined;
    let col = at + key[0].length;
    while (col < lines.end[i]! && text.charCodeAt(col) === 32) col++;
    last = { from: k, to: k + 1, col };
    map.set(key[1]!, last);
  }
  return map;
}

// An entry's value when it is one plain line (nothing under it).
function valueOf(lines: Lines, entry: Entry): Token | undefined {
  return entry.to - entry.from === 1 ? tokenAt(lines, lines.content[entry.from]!, entry.col) : undefined;
}

// The lines under a key read as a block list (its items more indented than the key).
function listOf(lines: Lines, entry: Entry): Block[] | undefined {
  const first = lines.content[entry.from]!;
  if (!emptyRest(lines, first, entry.col) || entry.to - entry.from < 2) return undefined;
  return itemsAt(lines, entry.from + 1, entry.to, lines.indent[lines.content[entry.from + 1]!]!);
}

// A citation list: each item with its keys' values and, when all of it is one-line values, its lines.
function citationList(lines: Lines, entry: Entry | undefined): ScannedItem[] | undefined {
  if (!entry) return undefined;
  const items = listOf(lines, entry);
  if (!items) return undefined;
  const list: ScannedItem[] = [];
  for (const item of items) {
    const map = mapOf(lines, item);
    if (!map) return undefined;
    const values = new Map<string, ScannedValue>();
    let plain = true;
    for (const [key, entry] of map) {
      const value = valueOf(lines, entry) ?? UNREAD;
      values.set(key, value);
      if (value === UNREAD) plain = false;
    }
    const first = lines.content[item.from]!;
    const lastLine = lines.content[item.to - 1]!;
    const whole = plain && item.to - item.from === map.size && noGaps(lines, first, lastLine);
    list.push({
      line: first + 1,
      values,
      ...(whole ? { lines: { start: lines.start[first]!, end: lineEndAfter(lines, lastLine) } } : {}),
    });
  }
  return list;
}

// No blank or comment line between two lines.
function noGaps(lines: Lines, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (lines.indent[i]! < 0) return false;
  return true;
}

// Where the line after line i starts (the end of the text for the last).
function lineEndAfter(lines: Lines, i: number): number {
  return i + 1 < lines.start.length ? lines.start[i + 1]! : lines.text.length;
}

// Nothing but spaces or a comment from offset to the end of the line.
function emptyRest(lines: Lines, i: number, from: number): boolean {
  const rest = lines.text.slice(from, lines.end[i]!);
  return rest === '' || rest.startsWith('#');
}

// The scalar written from offset to the end of line i, when it is one plain line.
function tokenAt(lines: Lines, i: number, from: number): Token | undefined {
  const text = lines.text;
  const end = lines.end[i]!;
  if (from >= end) return undefined;
  const ch = text[from]!;
  if (ch === '"' || ch === "'") {
    const close = closingQuote(text, from, end, ch);
    if (close < 0 || !emptyRest(lines, i, skipSpaces(text, close + 1, end))) return undefined;
    const raw = text.slice(from + 1, close);
    const value = ch === "'" ? raw.replaceAll("''", "'") : decodeDouble(raw);
    if (value === undefined) return undefined;
    return { start: from, end: close + 1, style: ch === '"' ? 'double' : 'single', value };
  }
  if ('-?:,[]{}#&*!|>%@`'.includes(ch)) return undefined;
  const line = text.slice(from, end);
  const comment = line.indexOf(' #');
  const raw = (comment >= 0 ? line.slice(0, comment) : line).trimEnd();
  if (raw.includes(': ') || raw.endsWith(':') || raw.includes('\t')) return undefined;
  return { start: from, end: from + raw.length, style: 'plain', value: plainValue(raw) };
}

function skipSpaces(text: string, from: number, end: number): number {
  while (from < end && text[from] === ' ') from++;
  return from;
}

// Where the quote that closes a quoted scalar opened at from is, on its line (-1: not there).
function closingQuote(text: string, from: number, end: number, quote: string): number {
  for (let at = from + 1; at < end; at++) {
    const ch = text[at];
    if (quote === '"' && ch === '\\') at++;
    else if (ch === quote) {
      if (quote === "'" && text[at + 1] === "'") at++;
      else return at;
    }
  }
  return -1;
}

// A double-quoted scalar's value, when its escapes are those JSON shares with YAML.
function decodeDouble(raw: string): string | undefined {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return undefined;
  }
}

// A plain scalar's value as the core schema reads it: null, a boolean, a number, else the text.
function plainValue(raw: string): unknown {
  if (/^(?:~|null|Null|NULL)$/.test(raw)) return null;
  if (/^(?:true|True|TRUE)$/.test(raw)) return true;
  if (/^(?:false|False|FALSE)$/.test(raw)) return false;
  if (/^[-+]?[0-9]+$/.test(raw)) return Number(raw);
  if (/^0o[0-7]+$|^0x[0-9a-fA-F]+$|^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(raw))
    return UNREAD; // a number in another form: not read here
  if (/^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/.test(raw)) return UNREAD;
  return raw;
}
