import { describe, expect, it } from 'vitest';
import { BUILTIN, check, runCli } from '../helpers.js';

// Issue 19, item 5: the countries answer to their common older and foreign names (exonyms), and a
// misspelt exonym gets a suggestion rather than a bare exit 4. Such a name is reference knowledge,
// not the article's: each is marked in the country's added_knowledge.
const EXONYMS: Record<string, string[]> = {
  kyrgyzstan: ['Kirghizia', 'Kirgizia'],
  kazakhstan: ['Kazakstan'],
  tajikistan: ['Tadzhikistan', 'Tadjikistan'],
  turkmenistan: ['Turkmenia'],
  iran: ['Persia'],
};

describe('exonyms', () => {
  it('resolve to their country, with no correction note', async () => {
    for (const [id, names] of Object.entries(EXONYMS))
      for (const name of [...names, ...names.map((n) => n.toLowerCase())]) {
        const { code, stdout, stderr } = await runCli(['country', name, '--json']);
        expect(code, name).toBe(0);
        expect(JSON.parse(stdout).country.id, name).toBe(id);
        expect(stderr, name).toBe('');
      }
  });

  it('are suggested when misspelt', async () => {
    for (const [typed, name] of [
      ['kirghiziya', 'Kyrgyzstan'],
      ['kirgiziya', 'Kyrgyzstan'],
      ['turkmeniya', 'Turkmenistan'],
      ['tadzhikstan', 'Tajikistan'],
    ] as const) {
      const { code, stderr } = await runCli(['country', typed]);
      expect(code, typed).toBe(4);
      expect(stderr, typed).toContain(`did you mean ${name}?`);
    }
  });

  it('are marked as reference knowledge added to the article', async () => {
    const { collections } = await check(BUILTIN);
    for (const [id, names] of Object.entries(EXONYMS)) {
      const country = collections.actors.find((a) => a.id === id)!;
      const marked = (country.added_knowledge ?? []).join(' ');
      for (const name of names) expect(marked, `${id}: ${name}`).toContain(name);
      expect(marked, id).toMatch(/reference knowledge/);
    }
  });
});
