import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { markdownForTerminal } from '../../src/output/markdown-terminal.js';
import { PLAIN } from '../../src/output/io.js';

const long = 'word '.repeat(30).trim();

describe('Markdown on a terminal', () => {
  it('wraps paragraphs, list items and footnotes at words, each under its own text', () => {
    const text = markdownForTerminal(`${long}\n\n- ${long}\n\n[^12]: ${long}`, 40, PLAIN);
    const lines = text.split('\n');
    expect(lines.every((line) => line.length <= 40)).toBe(true);
    expect(lines.filter((l) => l.startsWith('- '))).toHaveLength(1);
    expect(lines.filter((l) => /^ {2}word/.test(l)).length).toBeGreaterThan(0);
    expect(lines.filter((l) => /^ {7}word/.test(l)).length).toBeGreaterThan(0);
    expect(text.replace(/\s+/g, ' ')).toContain(`- ${long} [^12]: ${long}`);
  });

  it('shows headings without #, strong and emphasis as styles, and escapes undone', () => {
    const style = new Chalk({ level: 1 });
    const text = markdownForTerminal('## Issues\n\n**Strong** and *it* cost \\$5 \\[a\\]', 80, style);
    expect(text).toBe(
      `${style.bold('Issues')}\n\n${style.bold('Strong')} and ${style.dim('it')} cost $5 [a]`,
    );
    expect(markdownForTerminal('## Issues', 80, PLAIN)).toBe('Issues');
  });

  it('styles a strong span the wrap breaks on both of its lines, and no marker is left', () => {
    const style = new Chalk({ level: 1 });
    const text = markdownForTerminal(`- **${long}** (open)`, 40, style);
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(text).not.toContain('**');
    for (const line of lines.slice(0, -1)) expect(line).toContain('\u001b[1m');
  });

  it('writes a footnote label too long to stand beside its text on a line of its own', () => {
    const label = '[^kyrgyzstan:bishkek-mob-attacks-on-pakistani-students-2024-05.date]: ';
    for (const width of [80, 40]) {
      const lines = markdownForTerminal(`${label}${long}`, width, PLAIN).split('\n');
      expect(lines[0]).toBe(label.trimEnd());
      expect(lines.slice(1).every((line) => line.startsWith('    ') && line.length <= width)).toBe(true);
    }
  });
});
