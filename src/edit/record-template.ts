import { isMap } from 'yaml';
import {
  ADD_OPTIONS,
  NAMED_BY,
  RECORD_FLAGS,
  type FlagField,
  type NewRecordType,
} from '../spec/add-records.js';
import { parseYaml } from '../load/parse/yaml-file.js';
import { longFlag } from '../spec/options.js';
import type { Draft } from './new-record.js';

// What the editor shows for add claim|event|actor|issue (the git commit habit): a commented YAML
// template of the record, its fields and what each means taken from the flags' table; when the
// record saved has problems, the same text again with the problems as comments at the top; and
// what was saved, read back as a draft (or as nothing to add, or as the reason it cannot be read).

const WIDTH = 92;

/** Where the problems block ends: it is replaced, not piled up, when the editor reopens. */
const PROBLEMS_END = '# ---';
const PROBLEMS_START = '# car-brief could not add this';

// What a field's comment says where the flag's description speaks of flags.
const HINTS: Readonly<Record<string, string>> = {
  figures:
    'the numbers it states, each {value, unit, of}, e.g. [{value: 240, unit: km, of: distance upstream}] (qualifier: over, under or about, where the source hedges)',
  actors:
    "the actors involved (ids or names); an event's as [{id: ada-vance, role: visitor}], the role where the source makes it clear",
  date_basis: 'stated (the source gives the date), or inferred (then say how in date_note)',
  date_note: 'how the date was reached (needed when date_basis is inferred)',
};

/** The template the editor opens for a new record of this type, to be added to file. */
export function templateOf(type: NewRecordType, file: string, source: string | undefined): string {
  const lines = [
    ...comment(
      `A new ${type} for ${file}: write it below, then save and close the editor. ` +
        'car-brief checks it with the whole dataset before writing anything, and opens this file again, ' +
        'the problems at the top, if it finds any. Lines starting with # are ignored; an empty file adds nothing. ' +
        'Other records may be named by id or by name.',
    ),
    '#',
    '',
    `# id: (made from the ${NAMED_BY[type]}; write one to choose it)`,
  ];
  for (const flag of RECORD_FLAGS[type]) {
    lines.push('', ...comment(hintOf(flag)));
    const value =
      flag.fill === 'basis'
        ? ' stated'
        : ['ids', 'texts', 'roles', 'figures'].includes(flag.fill)
          ? ' []'
          : '';
    lines.push(`${flag.required || flag.fill === 'basis' ? '' : '# '}${flag.field}:${value}`);
  }
  lines.push(
    '',
    ...comment(
      'The passages it rests on, each {source, paragraph, quote}: quote is the shortest verbatim span ' +
        `of the paragraph that supports it (car-brief quote ${source ?? '<source>'} <words...> finds one); ` +
        'paragraph may be left empty where the quote is in one paragraph only.',
    ),
    'sources:',
    `  - source:${source !== undefined ? ` ${source}` : ''}`,
    '    paragraph:',
    '    quote:',
    '',
  );
  return lines.join('\n');
}

// A field's comment: its hint, or the flag's description said of the field.
function hintOf(flag: FlagField): string {
  const description = HINTS[flag.field] ?? ADD_OPTIONS[flag.option].description;
  const said = description
    .replace(/; (repeat or comma-separate|repeatable)$/, '')
    .replace(/ \(an id, or a name or title car-brief resolves\)/, ' (ids or names)')
    .replace(/ \(or as the argument: [^)]*\)/, '')
    .replace(/--([a-z-]+)/g, (flagName) => fieldOfFlag(flagName) ?? flagName);
  return `${said[0]!.toUpperCase()}${said.slice(1)}.`;
}

function fieldOfFlag(flagName: string): string | undefined {
  const tables = Object.values(RECORD_FLAGS).flat();
  return tables.find((flag) => longFlag(ADD_OPTIONS[flag.option]) === flagName)?.field;
}

// A text as comment lines, wrapped at words.
function comment(text: string): string[] {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(' ')) {
    if (line.length + 1 + word.length > WIDTH && line !== '#') {
      lines.push(line);
      line = '#  ';
    }
    line += ` ${word}`;
  }
  return [...lines, line.replace(/^# {3}/, '#   ')];
}

/** A problem with what was saved: a message, or one at a line and column of the record's text. */
export type EditorProblem =
  string | { readonly line: number; readonly col: number; readonly message: string };

/** The problems as the editor shows them (and as a refusal lists them), lines counted in the text shown. */
export function problemLines(problems: readonly EditorProblem[]): string[] {
  // A position in the record's text is one in the file shown, below the block of these lines.
  const below = problems.length + 3;
  return problems.map((problem) =>
    (typeof problem === 'string'
      ? problem
      : `line ${problem.line + below}, column ${problem.col}: ${problem.message}`
    ).replace(/[\r\n]+/g, ' '),
  );
}

/** The text saved, with the problems as comments at the top (those shown before replaced). */
export function withProblems(text: string, type: NewRecordType, problems: readonly EditorProblem[]): string {
  const block = [
    `${PROBLEMS_START} ${type}:`,
    ...problemLines(problems).map((line) => `#   ${line}`),
    '# Correct it and save, or empty the file to add nothing.',
    PROBLEMS_END,
    '',
  ].join('\n');
  return block + withoutProblems(text);
}

// The text without a problems block at its top.
function withoutProblems(text: string): string {
  if (!text.startsWith(PROBLEMS_START)) return text;
  const end = text.indexOf(`\n${PROBLEMS_END}\n`);
  return end < 0 ? text : text.slice(end + PROBLEMS_END.length + 2);
}

/** What the editor saved: nothing to add (empty, or comments only), a draft, or why it cannot be read. */
export type Edited =
  { readonly empty: true } | { readonly draft: Draft } | { readonly problems: readonly EditorProblem[] };

/** Reads back the text saved in the editor (below any problems block: positions are in that text). */
export function readEdited(text: string, display: string): Edited {
  const parsed = parseYaml(withoutProblems(text), display);
  if (!('file' in parsed))
    return {
      problems: parsed.problems.map((p) => ({ line: p.line ?? 1, col: p.col ?? 1, message: p.message })),
    };
  const value = parsed.value;
  if (value === null || value === undefined) return { empty: true };
  if (!isMap(parsed.file.doc.contents) || typeof value !== 'object' || Array.isArray(value))
    return {
      problems: [
        'write the record as its fields (statement: …), one to a line, not as a list or a single value',
      ],
    };
  return { draft: value as Draft };
}
