import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/model/problem.js';
import { parseYaml } from '../../src/load/parse/yaml-file.js';

// The problems of a YAML text, as validate prints them.
function problems(text: string): string[] {
  return parseYaml(text, 'f.yaml').problems.map(formatProblem);
}

describe('parseYaml', () => {
  it('reads aliases that repeat a value, however often', () => {
    const uses = Array.from({ length: 2000 }, (_, i) => `- {id: r${i}, cite: *c}`).join('\n');
    const parsed = parseYaml(`- &c {source: s, paragraph: 1}\n${uses}\n`, 'f.yaml');
    expect(parsed.problems).toEqual([]);
    expect('value' in parsed && (parsed.value as { cite?: unknown }[])[2000]!.cite).toEqual({
      source: 's',
      paragraph: 1,
    });
  });

  it('reports an unknown alias at the alias', () => {
    expect(problems('- id: a\n  about: *nothere\n')).toEqual([
      'f.yaml:2:10: unknown alias *nothere: no anchor &nothere comes before it',
    ]);
    expect(problems('- *later\n- &later x\n')).toEqual([
      'f.yaml:1:3: unknown alias *later: no anchor &later comes before it',
    ]);
  });

  it('reports an alias inside the value it repeats', () => {
    expect(problems('- &a {id: x, about: [*a]}\n')).toEqual([
      'f.yaml:1:22: alias *a is inside the value &a it repeats',
    ]);
  });

  it('stops an alias bomb at the alias that makes it too large, at once', () => {
    const lines = ['- a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) {
      const [name, prev] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)];
      lines.push(`  ${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const started = Date.now();
    expect(problems(lines.join('\n') + '\n')).toEqual([
      'f.yaml:6:38: alias *e makes this file more than 1,000,000 values larger once aliases are expanded (an alias bomb?)',
    ]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses tags that plain data does not have, at the tag', () => {
    expect(problems('- !!js/function "function () {}"\n- !custom {id: x}\n- !!binary aGk=\n')).toEqual([
      'f.yaml:1:3: unknown tag !!js/function: data files are plain YAML (text, numbers, true/false, null, lists and mappings)',
      'f.yaml:2:3: unknown tag !custom: data files are plain YAML (text, numbers, true/false, null, lists and mappings)',
      'f.yaml:3:3: unknown tag !!binary: data files are plain YAML (text, numbers, true/false, null, lists and mappings)',
    ]);
    expect(problems('- !!str 2019\n')).toEqual([]);
  });

  it('says that tabs are not indentation, at the tab', () => {
    expect(problems('- id: x\n\tabout: [a]\n')[0]).toMatch(
      /^f\.yaml:2:1: tabs are not allowed for indentation in YAML: indent with spaces/,
    );
    expect(problems('- id: x\n  about:\n  \t- a\n')[0]).toMatch(/^f\.yaml:3:3: tabs are not allowed/);
  });

  it('names a duplicate key', () => {
    expect(problems('- id: x\n  title: a\n  title: b\n')).toEqual([
      'f.yaml:3:3: duplicate key "title" in this mapping',
    ]);
    expect(problems('- {"id": x, "id": y}\n')).toEqual(['f.yaml:1:13: duplicate key "id" in this mapping']);
  });

  it('refuses a list or mapping as a key, without a warning from the parser', () => {
    expect(problems('- ? [a, b]\n  : 1\n')).toEqual([
      'f.yaml:1:5: a key must be plain text, not a list, a mapping or an alias',
    ]);
  });

  it('keeps __proto__ and constructor as plain keys', () => {
    const parsed = parseYaml('- {__proto__: {polluted: 1}, constructor: 2}\n', 'f.yaml');
    const record = ('value' in parsed && (parsed.value as object[])[0]) as Record<string, unknown>;
    expect(Object.keys(record)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says that a file nested too deeply cannot be read, at where it gives up', () => {
    const [problem] = problems(`- ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    expect(problem).toMatch(/^f\.yaml:1:\d+: nested too deeply to read/);
  });

  it('points an unclosed quote at where it opens, not where the file ends', () => {
    expect(problems('- id: a\n  title: "unclosed\n  kind: x\n')).toEqual([
      'f.yaml:2:10: missing closing " for the quoted text that starts here',
    ]);
  });

  it('refuses a second document, in words', () => {
    expect(problems('- id: a\n---\n- id: b\n')).toEqual([
      'f.yaml:2:1: a second YAML document starts here: a collection file holds one list of records',
    ]);
  });

  it('reads YAML 1.2 even where a file asks for 1.1', () => {
    const parsed = parseYaml('%YAML 1.1\n---\n- {date: 2024-07-10, flag: yes}\n', 'f.yaml');
    expect('value' in parsed && parsed.value).toEqual([{ date: '2024-07-10', flag: 'yes' }]);
  });
});
