import { UsageError } from '../errors.js';
import { renderCsv, renderTsv, type Rows } from './delimited.js';
import { PLAIN, type Output } from './io.js';
import type { Report } from './report.js';
import type { CellPainter } from './table.js';

/** Every output format; each command supports the ones that make sense for it. */
export const FORMATS = ['table', 'text', 'tsv', 'csv', 'json', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

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
  readonly paint?: CellPainter;
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

/** The format to use: --json, else --format, else table on a terminal and TSV in a pipe. */
export function chooseFormat(
  requested: { format?: string | undefined; json?: boolean | undefined },
  out: Output,
  supported: readonly Format[],
): Format {
  if (requested.json && requested.format !== undefined && requested.format !== 'json') {
    throw new UsageError(`--json and --format ${requested.format} ask for different formats; give one`);
  }
  if (requested.json) return 'json';
  const format = requested.format ?? (out.isTTY ? 'table' : 'tsv');
  if (!(supported as readonly string[]).includes(format)) {
    throw new UsageError(`--format ${format} is not available here; use one of: ${supported.join(', ')}`);
  }
  return format as Format;
}

/** Writes a view to stdout in the chosen format. */
export async function render(
  view: View,
  format: Format,
  out: Output,
  options: { header?: boolean } = {},
): Promise<void> {
  out.stdout.write(await renderToString(view, format, out, options.header !== false));
}

async function renderToString(view: View, format: Format, out: Output, header: boolean): Promise<string> {
  switch (format) {
    case 'text':
      if (view.text !== undefined) return view.text;
    // falls through: without its own text, a view's text is its table or report without colour
    case 'table': {
      // Tables and reports are for people: their modules (cli-table3 and its width tables) load only then.
      const [{ renderReport }, { renderTable }] = await Promise.all([
        import('./report.js'),
        import('./table.js'),
      ]);
      const style = format === 'text' ? PLAIN : out.style;
      const width = out.isTTY ? out.columns : Math.max(out.columns, 100);
      if (view.report) return renderReport(view.report, { style, width });
      return renderTable(view.table ?? view.rows, { width, style, header, paint: view.paint });
    }
    case 'tsv':
      return renderTsv(view.rows, header);
    case 'csv':
      return renderCsv(view.rows, header);
    case 'json':
      return jsonText(view.json) + '\n';
    case 'ndjson': {
      const items = view.ndjson ?? (Array.isArray(view.json) ? view.json : [view.json]);
      return items.map((item) => jsonText(item, 0) + '\n').join('');
    }
  }
}

/** JSON with C1 control characters escaped too (JSON.stringify leaves them raw). */
export function jsonText(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(
    /[\u007f-\u009f]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
