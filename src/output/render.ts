import { UsageError } from '../errors.js';
import type { FormatChoice } from '../spec/commands.js';
import type { Format } from '../spec/formats.js';
import { csvLine, tsvLine, type Rows } from './delimited.js';
import { PLAIN, type Output, type Writable } from './io.js';
import type { Report } from './report.js';
import { UNSAFE_CLASS, escapeControl } from './sanitize.js';
import type { CellPainter } from './table.js';

/** What a command hands to the renderer: rows for tables and TSV/CSV, data for JSON, optionally a report. */
export interface View {
  /** Every column, for TSV and CSV (and for a terminal unless table is given). */
  readonly rows: Rows;
  /** The fewer columns a terminal table shows, where they differ from rows. */
  readonly table?: Rows;
  readonly json: unknown;
  /** One JSON value per line for ndjson; defaults to json when it is an array. */
  readonly ndjson?: readonly unknown[];
  /** A report replaces the plain table on a terminal and in text format. */
  readonly report?: Report;
  /** Ready-made plain text for the text format, where a command has its own (validate). */
  readonly text?: string;
  /** A Markdown document (md format), already escaped for Markdown. */
  readonly markdown?: string;
  /** Sources as CSL-JSON items (csl-json format). */
  readonly cslJson?: unknown;
  readonly paint?: CellPainter;
  /**
   * Formats a view writes whole (mermaid, timelinejs, chart), in pieces, from the output's width,
   * style and TTY; each escapes what it takes from the data itself.
   */
  readonly formats?: Partial<Record<Format, (out: Output) => Iterable<string>>>;
}

/** The parts of a view, as functions: see lazyView. */
export type ViewParts = { readonly [K in Exclude<keyof View, 'paint'>]: () => View[K] };

/** A view whose parts are computed when (and if) the chosen format reads them, each at most once. */
export function lazyView(
  parts: Pick<ViewParts, 'rows' | 'json'> & Partial<ViewParts>,
  paint?: CellPainter,
): View {
  const view: Record<string, unknown> = paint ? { paint } : {};
  for (const [key, make] of Object.entries(parts)) {
    let value: unknown;
    let made = false;
    Object.defineProperty(view, key, {
      enumerable: true,
      get: () => {
        if (!made) [value, made] = [(make as () => unknown)(), true];
        return value;
      },
    });
  }
  return view as unknown as View;
}

/**
 * The format to use: --json, else --format (one the command accepts), else the command's default:
 * table on a terminal (or with --color=always) and TSV in a pipe, unless it declares others.
 */
export function chooseFormat(
  requested: { format?: string | undefined; json?: boolean | undefined },
  out: Output,
  accepted: FormatChoice,
): Format {
  if (requested.json && requested.format !== undefined && requested.format !== 'json') {
    throw new UsageError(`--json and --format ${requested.format} ask for different formats; give one`);
  }
  if (requested.json) return 'json';
  const people = out.isTTY || out.forPeople === true;
  const { people: forPeople, piped } = accepted.defaults ?? { people: 'table', piped: 'tsv' };
  const format = requested.format ?? (people ? forPeople : piped);
  if (!(accepted.formats as readonly string[]).includes(format)) {
    throw new UsageError(
      `--format ${format} is not available here; use one of: ${accepted.formats.join(', ')}`,
    );
  }
  return format as Format;
}

/** Writes a view to stdout in the chosen format; a long result goes out in pieces, never as one string. */
export async function render(
  view: View,
  format: Format,
  out: Output,
  options: { header?: boolean | undefined; csvRaw?: boolean | undefined; bom?: boolean | undefined } = {},
): Promise<void> {
  if (options.bom && format !== 'csv' && format !== 'tsv') {
    throw new UsageError(`--bom is for csv and tsv output, not ${format}`);
  }
  const sink = new Pieces(out.stdout);
  const header = options.header !== false;
  const csv = { raw: options.csvRaw === true };
  const whole = view.formats?.[format];
  if (whole) {
    for (const piece of whole(out)) sink.push(piece);
    sink.flush();
    return;
  }
  switch (format) {
    case 'text':
      if (view.text !== undefined) {
        sink.push(escapeControl(view.text));
        break;
      }
    // falls through: without its own text, a view's text is its table or report without colour
    case 'table':
      sink.push(await renderForPeople(view, format, out, header));
      break;
    case 'tsv':
      if (options.bom) sink.push(BOM);
      if (header) sink.push(tsvLine(view.rows.columns));
      for (const row of view.rows.rows) sink.push(tsvLine(row));
      break;
    case 'csv':
      if (options.bom) sink.push(BOM);
      if (header) sink.push(csvLine(view.rows.columns, csv));
      for (const row of view.rows.rows) sink.push(csvLine(row, csv));
      break;
    case 'json':
      pushJson(sink, view.json);
      break;
    case 'csl-json':
      pushJson(sink, view.cslJson ?? []);
      break;
    case 'md': {
      // Raw Markdown in a pipe or a file; on a terminal, laid out to be read (as gh does).
      const markdown = escapeControl(view.markdown ?? '');
      if (!out.isTTY) sink.push(markdown);
      else {
        const { markdownForTerminal } = await import('./markdown-terminal.js');
        sink.push(markdownForTerminal(markdown, peopleWidth(out), out.style));
      }
      break;
    }
    case 'ndjson':
      for (const item of view.ndjson ?? (Array.isArray(view.json) ? view.json : [view.json])) {
        sink.push(jsonText(item, 0) + '\n');
      }
      break;
  }
  sink.flush();
}

// Tables and reports are for people: their modules (cli-table3 and its width tables) load only then.
async function renderForPeople(view: View, format: Format, out: Output, header: boolean): Promise<string> {
  const [{ renderReport }, { renderTable }] = await Promise.all([
    import('./report.js'),
    import('./table.js'),
  ]);
  const style = format === 'text' ? PLAIN : out.style;
  const width = peopleWidth(out);
  // Text is for pasting into a document: a report's paragraphs and rows are not wrapped.
  if (view.report) return renderReport(view.report, { style, width: format === 'text' ? undefined : width });
  return renderTable(view.table ?? view.rows, { width, style, header, paint: view.paint });
}

/** The width tables and reports are laid out to: the terminal's; in a pipe $COLUMNS or the terminal stderr writes to, else at least 100. */
export function peopleWidth(out: Output): number {
  // Narrower than a few columns, nothing can be laid out: lay out for a narrow screen and let it wrap.
  return Math.max(out.isTTY || out.widthKnown === true ? out.columns : Math.max(out.columns, 100), NARROWEST);
}

// JSON as jsonText writes it; a long array a hundred items at a time, each piece the inside of
// the array that jsonText writes for those items.
function pushJson(sink: Pieces, value: unknown): void {
  if (!Array.isArray(value) || value.length <= JSON_PIECE) {
    sink.push(jsonText(value) + '\n');
    return;
  }
  for (let i = 0; i < value.length; i += JSON_PIECE) {
    const piece = jsonText(value.slice(i, i + JSON_PIECE)); // "[\n  …\n]"
    sink.push(`${i === 0 ? '[\n' : ',\n'}${piece.slice(2, -2)}`);
  }
  sink.push('\n]\n');
}

const JSON_PIECE = 100;

// The byte order mark that tells Excel a CSV file is UTF-8: without it Excel on Windows reads the
// file in the system's code page, and ¶, – and quotes come out as mojibake.
const BOM = '\ufeff';

const NARROWEST = 30;

const PIECE = 64 * 1024;

// Text gathered into pieces of about 64 KB, each written when full.
class Pieces {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly stream: Writable) {}

  push(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= PIECE) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    this.stream.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

/**
 * A record as its JSON text, written as jsonText writes an item of a list (two spaces a level, the
 * item two spaces in: the compiled dataset keeps it so), followed by fields of the command's own: jsonText copies the text into
 * its output instead of parsing and serialising the record. Stands for { ...record, ...extra }.
 */
export class RecordJson {
  constructor(
    readonly text: string,
    readonly extra: Readonly<Record<string, unknown>>,
  ) {}

  /** In jsonText at two spaces, a placeholder it replaces with the text; elsewhere the value itself. */
  toJSON(): object {
    if (!copying) return { ...(JSON.parse(this.text) as object), ...this.extra };
    copying.push(this.text);
    return { [RECORD_KEY]: copying.length - 1, ...this.extra };
  }
}

// The record texts of the jsonText call under way, when it copies them; the key of a placeholder
// (no record's key: they are checked names, and JSON.stringify writes it as "\u0000record").
let copying: string[] | undefined;
const RECORD_KEY = '\u0000record';
const PLACEHOLDER = '"\\u0000record": ';

// Each placeholder's line replaced by the record's own fields, indented as the placeholder was.
function copyRecords(json: string, texts: readonly string[]): string {
  const pieces = json.split(PLACEHOLDER);
  for (let i = 1; i < pieces.length; i++) {
    const before = pieces[i - 1]!;
    const line = before.lastIndexOf('\n') + 1; // the placeholder's indent ends its line so far
    const piece = pieces[i]!;
    const digits = /^\d+/.exec(piece)![0];
    const text = texts[Number(digits)]!;
    const fields = reindent(text.slice(2, text.lastIndexOf('\n')), before.length - line - 4);
    pieces[i - 1] = before.slice(0, line);
    pieces[i] = `${fields}${piece.slice(digits.length)}`;
  }
  return pieces.join('');
}

// Lines moved right (by) or left (-by) that many spaces.
function reindent(lines: string, by: number): string {
  if (by === 0) return lines; // an item of a list: as kept
  if (by > 0) {
    const pad = ' '.repeat(by);
    return pad + lines.replace(/\n/g, `\n${pad}`);
  }
  return lines.slice(-by).replace(new RegExp(`\n {${-by}}`, 'g'), '\n');
}

/**
 * JSON with DEL, C1 controls, bidi controls and line separators escaped as \u0085, \u202e, ...
 * (JSON.stringify leaves them raw). They occur only inside strings, where the escape means the
 * same character, so the JSON is unchanged for a parser and safe for a terminal. Records given
 * as RecordJson are copied as they are.
 */
export function jsonText(value: unknown, indent = 2): string {
  let json: string;
  copying = indent === 2 ? [] : undefined;
  try {
    json = JSON.stringify(value, null, indent);
    if (copying && copying.length > 0) json = copyRecords(json, copying);
  } finally {
    copying = undefined;
  }
  return json.replace(JSON_UNSAFE, (ch) =>
    // Each UTF-16 unit (two for a tag character), as JSON writes characters beyond U+FFFF.
    Array.from({ length: ch.length }, (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`).join(
      '',
    ),
  );
}

// What escapeControl escapes: JSON.stringify has escaped the C0 controls already.
const JSON_UNSAFE = new RegExp(`[${UNSAFE_CLASS}]`, 'gu');
