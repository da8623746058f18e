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
  readonly start: number[];
  /** End of each line's content (before \r\n or \n). */
  readonly end: number[];
  /** Spaces before the content; -1 for a blank or comment line. */
  readonly indent: number[];
}

/** The records of a collection file, in order; undefined when it is not written as the scan reads. */
export function scanCollection(text: string): ScannedRecord[] | undefined {
  const lines = splitLines(text);
  if (!lines) return undefined;
  const content = contentLines(lines, 0, lines.start.length);
  if (content.length === 0) return [];
  const top = lines.indent[content[0]!]!;
  const items = itemsAt(lines, content, top);
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
  const lines: Lines = { text, start: [], end: [], indent: [] };
  let at = text.startsWith('\uFEFF') ? 1 : 0;
  while (at < text.length) {
    const newline = text.indexOf('\n', at);
    const next = newline < 0 ? text.length : newline + 1;
    const end =
      newline < 0 ? text.length : newline > at && text[newline - 1] === '\r' ? newline - 1 : newline;
    let first = at;
    while (first < end && text[first] === ' ') first++;
    const ch = text[first];
    const blank = first === end || ch === '#';
    // A tab where indentation is, a directive, a document marker: not read here.
    if (
      ch === '\t' ||
      (first === at && (ch === '%' || text.startsWith('---', at) || text.startsWith('...', at)))
    )
      return undefined;
    lines.start.push(at);
    lines.end.push(end);
    lines.indent.push(blank ? -1 : first - at);
    at = next;
  }
  return lines;
}

// The lines in [from, to) that hold content (not blank, not only a comment).
function contentLines(lines: Lines, from: number, to: number): number[] {
  const found: number[] = [];
  for (let i = from; i < to; i++) if (lines.indent[i]! >= 0) found.push(i);
  return found;
}

/** A block of lines: content lines, in order (the first is where the block starts). */
interface Block {
  readonly lines: readonly number[];
  /** Where the first line's content starts (after "- " for an item). */
  readonly from: number;
}

// The items of a block list whose dashes are at indent: each the content lines from its dash
// to the next; undefined when a line is not part of such a list.
function itemsAt(lines: Lines, content: readonly number[], indent: number): Block[] | undefined {
  const items: { lines: number[]; from: number }[] = [];
  for (const i of content) {
    const at = lines.indent[i]!;
    if (at < indent) return undefined;
    if (at > indent) {
      if (items.length === 0) return undefined;
      items[items.length - 1]!.lines.push(i);
      continue;
    }
    const dash = lines.start[i]! + at;
    const after = lines.text[dash + 1];
    if (lines.text[dash] !== '-' || (dash + 1 < lines.end[i]! && after !== ' ')) return undefined;
    let from = dash + 1;
    while (from < lines.end[i]! && lines.text[from] === ' ') from++;
    items.push({ lines: [i], from });
  }
  return items;
}

/** A key of a block mapping: its line, where its value starts, and the content lines under it. */
interface Entry {
  /** Its own line, then the lines more indented that follow it. */
  readonly lines: number[];
  /** Where its value starts on its own line. */
  readonly from: number;
}

const KEY = /^([A-Za-z0-9_][A-Za-z0-9_-]*):(?=[ ]|$)/;

// An item of a list read as a mapping of plain keys, the first on the dash's line and the others
// at its indent; undefined when it is not one. An entry's lines are its own and those below it.
function mapOf(lines: Lines, block: Block): Map<string, Entry> | undefined {
  const text = lines.text;
  const first = block.lines[0]!;
  if (block.from >= lines.end[first]!) return undefined; // "-" alone on its line
  const indent = block.from - lines.start[first]!;
  const map = new Map<string, Entry>();
  let last: Entry | undefined;
  for (const i of block.lines) {
    const at = i === first ? block.from : lines.start[i]! + lines.indent[i]!;
    const column = at - lines.start[i]!;
    if (column > indent && last) {
      last.lines.push(i);
      continue;
    }
    if (column !== indent) return undefined;
    const key = KEY.exec(text.slice(at, Math.min(lines.end[i]!, at + 64)));
    if (!key || map.has(key[1]!)) return undefined;
    let from = at + key[0].length;
    while (from < lines.end[i]! && text[from] === ' ') from++;
    last = { lines: [i], from };
    map.set(key[1]!, last);
  }
  return map;
}

// An entry's value when it is one plain line (nothing under it).
function valueOf(lines: Lines, entry: Entry): Token | undefined {
  return entry.lines.length === 1 ? tokenAt(lines, entry.lines[0]!, entry.from) : undefined;
}

// The lines under a key read as a block list (its items more indented than the key).
function listOf(lines: Lines, entry: Entry): Block[] | undefined {
  const first = entry.lines[0]!;
  if (!emptyRest(lines, first, entry.from) || entry.lines.length < 2) return undefined;
  const under = entry.lines.slice(1);
  return itemsAt(lines, under, lines.indent[under[0]!]!);
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
    const first = item.lines[0]!;
    const lastLine = item.lines[item.lines.length - 1]!;
    const whole = plain && item.lines.length === map.size && noGaps(lines, first, lastLine);
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
