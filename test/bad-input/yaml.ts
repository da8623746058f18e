import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit } from '../helpers.js';
import { append, at, valid, type BadCase } from './make.js';

// Bad YAML: syntax errors in each collection file, and YAML that parses but is not plain data
// (aliases that are unknown, loop or explode, nesting too deep, tags, keys that are lists).

const PLAIN = 'data files are plain YAML (text, numbers, true/false, null, lists and mappings)';

/** An alias bomb: ten levels of ten aliases to the level above ("billion laughs"). */
function aliasBomb(): string {
  const lines = ['- id: laughs', '  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 10; i++)
    lines.push(
      `  l${i}: &l${i} [${Array(10)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  return lines.join('\n') + '\n';
}

// One syntax error in each collection file: the edit that makes it, where it is reported, and how.
const SYNTAX = [
  {
    file: 'sources.yaml',
    from: 'label: Test',
    to: 'label: "Test',
    where: '"Test',
    says: 'missing closing " for the quoted text that starts here',
  },
  // (An unclosed flow sequence is noticed on the next line, where its content ends.)
  {
    file: 'actors.yaml',
    from: 'aliases: [Elbonian]',
    to: 'aliases: [Elbonian',
    where: 'iso2: EB',
    says: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
  },
  // (An over-indented key continues the value above it, which then becomes a key.)
  {
    file: 'events.yaml',
    from: '  date_basis: stated',
    to: '   date_basis: stated',
    where: '2021-03',
    says: 'Nested mappings are not allowed in compact mappings',
  },
  {
    file: 'issues.yaml',
    from: 'title: Trouble over',
    to: 'title: Trouble: over',
    where: 'Trouble',
    says: 'Nested mappings are not allowed in compact mappings',
  },
  {
    file: 'claims.yaml',
    from: 'statement: Critics',
    to: "statement: 'Critics",
    where: "'Critics",
    says: "missing closing ' for the quoted text that starts here",
  },
];
const syntaxErrors = SYNTAX.map(({ file, from, to, where, says }): BadCase => ({
  name: `a YAML syntax error in ${file}`,
  make: (dir) => edit(dir, file, from, to),
  code: 3,
  says: (dir) => [`${at(dir, file, where)}: ${says}`],
  read: file === 'claims.yaml',
}));

export const YAML_CASES: readonly BadCase[] = [
  ...syntaxErrors,
  {
    name: 'tabs for indentation',
    make: (dir) => edit(dir, 'events.yaml', '\n  date_basis: stated', '\n\tdate_basis: stated'),
    code: 3,
    says: (dir) => [
      `${at(dir, 'events.yaml', '\tdate_basis')}: tabs are not allowed for indentation in YAML: indent with spaces`,
    ],
  },
  {
    name: 'a duplicate key',
    make: (dir) => edit(dir, 'issues.yaml', '  status: open\n', '  status: open\n  status: stalled\n'),
    code: 3,
    says: (dir) => [`${at(dir, 'issues.yaml', 'status', 2)}: duplicate key "status" in this mapping`],
  },
  {
    name: 'an alias bomb',
    make: (dir) => append(dir, 'claims.yaml', aliasBomb()),
    code: 3,
    says: (dir) => [
      `${at(dir, 'claims.yaml', '*l4', 8)}: alias *l4 makes this file more than 1,000,000 values larger once aliases are expanded (an alias bomb?)`,
    ],
    read: true,
  },
  {
    // Few values, but each a long text: 200 repeats of 100,000 characters.
    name: 'an alias bomb of long text',
    make: (dir) =>
      edit(
        dir,
        'actors.yaml',
        'aliases: [Elbonian]',
        `aliases: [&long "${'lorem ipsum '.repeat(8_333)}"${', *long'.repeat(200)}]`,
      ),
    code: 3,
    says: (dir) => [
      `${at(dir, 'actors.yaml', '*long', 101)}: alias *long makes this file more than 10,000,000 characters longer once aliases are expanded (an alias bomb?)`,
    ],
    read: true,
  },
  {
    name: 'an unknown alias',
    make: (dir) => edit(dir, 'claims.yaml', 'about: [dam-project]', 'about: *nothere'),
    code: 3,
    says: (dir) => [
      `${at(dir, 'claims.yaml', '*nothere')}: unknown alias *nothere: no anchor &nothere comes before it`,
    ],
  },
  {
    name: 'an alias inside the value it repeats',
    make: (dir) => edit(dir, 'claims.yaml', 'about: [dam-project]', 'about: &self [*self]'),
    code: 3,
    says: (dir) => [`${at(dir, 'claims.yaml', '*self')}: alias *self is inside the value &self it repeats`],
  },
  {
    name: 'nesting 10,000 levels deep',
    make: (dir) => append(dir, 'claims.yaml', `- ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`),
    code: 3,
    // (The column is where the parser ran out of stack, which depends on the machine.)
    says: () => [/^claims\.yaml:18:\d+: nested too deeply to read \(Maximum call stack size exceeded\)$/m],
  },
  {
    name: 'custom YAML tags',
    make: (dir) => {
      edit(dir, 'claims.yaml', 'statement: Critics', 'statement: !!js/function Critics');
      edit(dir, 'issues.yaml', 'summary: The', 'summary: !custom The');
      edit(dir, 'events.yaml', 'date: 2021-03', 'date: !!timestamp 2021-03-01');
    },
    code: 3,
    says: (dir) => [
      `${at(dir, 'claims.yaml', '!!js/function')}: unknown tag !!js/function: ${PLAIN}`,
      `${at(dir, 'issues.yaml', '!custom')}: unknown tag !custom: ${PLAIN}`,
      `${at(dir, 'events.yaml', '!!timestamp')}: unknown tag !!timestamp: ${PLAIN}`,
    ],
  },
  {
    name: 'a list as a key',
    make: (dir) => edit(dir, 'issues.yaml', '  summary: The', '  ? [summary, title]\n  : x\n  summary: The'),
    code: 3,
    says: (dir) => [`${at(dir, 'issues.yaml', '[summary, title]')}: a key must be plain text, not a list`],
  },
  {
    name: 'a mapping where the list of records should be',
    make: (dir) => writeFileSync(join(dir, 'issues.yaml'), 'id: dam-dispute\ntitle: Trouble\n'),
    code: 3,
    says: () => ['issues.yaml:1:1: issues: expected a list of records (each item starting with "- ")'],
  },
  {
    name: 'two YAML documents in one file',
    make: (dir) => append(dir, 'claims.yaml', '---\n- id: second\n'),
    code: 3,
    says: () => [
      'claims.yaml:18:1: a second YAML document starts here: a collection file holds one list of records',
    ],
  },
  {
    name: 'a %YAML 1.1 directive (read as YAML 1.2: a day stays a date)',
    make: (dir) => {
      edit(dir, 'events.yaml', 'date: 2021-03', 'date: 2021-03-10');
      writeFileSync(
        join(dir, 'events.yaml'),
        `%YAML 1.1\n---\n${readFileSync(join(dir, 'events.yaml'), 'utf8')}`,
      );
    },
    code: 0,
    says: valid('1 sources, 5 actors, 3 events, 1 issues, 2 claims, 11 citations'),
  },
];
