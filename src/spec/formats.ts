// The output formats and colour modes, as data: a leaf module, so that the command declarations (cli/commands.ts),
// the renderer and the help can all name them without loading one another.

/** Formats a view draws whole (see View.formats): a Mermaid or TimelineJS timeline, a chart. */
export const DRAWN_FORMATS = ['mermaid', 'timelinejs', 'chart'] as const;

/** Every output format; each command accepts the ones its declaration lists. */
export const FORMATS = [
  'table',
  'text',
  'tsv',
  'csv',
  'json',
  'ndjson',
  'md',
  'csl-json',
  ...DRAWN_FORMATS,
] as const;
export type Format = (typeof FORMATS)[number];

/** How `fact` cites: a plain line, a Markdown footnote, a Chicago note. */
export const CITE_STYLES = ['plain', 'md', 'chicago'] as const;
export type CiteStyle = (typeof CITE_STYLES)[number];

/** --color: always, never, or auto (the default: a terminal, unless the environment says otherwise). */
export type ColorMode = 'always' | 'never' | 'auto';
export const COLOR_MODES: readonly ColorMode[] = ['always', 'never', 'auto'];
