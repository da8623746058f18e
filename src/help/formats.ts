import { FORMATS } from '../spec/formats.js';

// What each --format gives. Formats other commands add (issue 9) are described here ahead of
// them; a format FORMATS lists with no line here is said to be undescribed (a test checks).
const DESCRIBED: Readonly<Record<string, string>> = {
  table: 'tables and briefs for people, fitted to the terminal (its default)',
  text: 'the table or brief as plain text, for a file or a document',
  tsv: 'tab-separated, a header row, one record a line (the default in a pipe)',
  csv: "RFC 4180; a cell that starts like a formula gets a ' before it",
  json: 'the full records with stable field names (--json is short for it)',
  ndjson: 'one JSON value a line, for jq -c and streaming',
  md: 'Markdown: a brief or a fact, with footnotes citing paragraph and quote',
  mermaid: 'a Mermaid timeline diagram of the events',
  timelinejs: "the JSON Knight Lab's TimelineJS loads",
  chart: 'timeline: a lane per country, time left to right (--chart)',
  'csl-json': 'the sources as CSL-JSON, for Zotero or pandoc --citeproc',
};

/** `car-brief help formats`: every format, what it gives, and how the default is chosen. */
export function formatsHelp(): string {
  const width = Math.max(...FORMATS.map((format) => format.length));
  return [
    'Output formats',
    '',
    '--format FORMAT chooses one; each command takes those that fit it, and says',
    'which when asked for another (exit 2). Without --format: table on a terminal,',
    'tsv in a pipe or a file (--color=always: table in a pipe too), except where a',
    'command has an output of its own: brief prints md; fact its line of text,',
    'and quote, sources add and add theirs; check lines of text in a pipe;',
    'validate, init, help and completion text.',
    '',
    ...FORMATS.flatMap((format) =>
      hanging(`  ${format.padEnd(width)}  `, DESCRIBED[format] ?? '(not described)'),
    ),
    '',
    'Inside TSV fields, tabs and newlines are written as \\t and \\n; control',
    'characters are escaped in every format (JSON as \\u001b), so no output acts',
    'on a terminal.',
    '',
    'Examples:',
    '  car-brief timeline --country turkmenistan --format tsv | cut -f1,4',
    '  car-brief country uzbekistan --format text > uzbekistan.txt',
    '  car-brief search 1735 --json | jq ".[0].record"',
    '',
  ].join('\n');
}

// A description after its label, wrapped to 80 columns under itself.
function hanging(label: string, text: string): string[] {
  const lines: string[] = [];
  let line = label;
  for (const word of text.split(' ')) {
    if (line.length > label.length && line.length + 1 + word.length > 80) {
      lines.push(line);
      line = ' '.repeat(label.length) + word;
    } else line += line.length > label.length ? ` ${word}` : word;
  }
  return [...lines, line];
}
