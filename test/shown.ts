import { readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

// A Markdown page whose examples show real output: a line "$ command" in a code block, and under it
// what car-brief prints, up to the next "$ " line or the end of the block. The README test and the
// docs test keep those examples true with this; when updating (UPDATE_README=1, UPDATE_DOCS=1)
// they write the real output into the page instead of comparing (read the diff before committing).

/** One Markdown page of examples, read once; save() writes it back when updating. */
export class ShownExamples {
  private text: string;
  private readonly checked = new Set<string>();

  constructor(
    readonly path: string,
    readonly updating: boolean,
  ) {
    this.text = readFileSync(path, 'utf8');
  }

  /** The page as it is now (with the real output, when updating). */
  get markdown(): string {
    return this.text;
  }

  /** Every command the page shows an example of ("$ command" lines inside code blocks), in order. */
  commands(): string[] {
    const commands: string[] = [];
    let inBlock = false;
    for (const line of this.text.split('\n')) {
      if (line.startsWith('```')) inBlock = !inBlock;
      else if (inBlock && line.startsWith('$ ')) commands.push(line.slice(2));
    }
    return commands;
  }

  /** The examples the page shows that no test has compared with real output (yet). */
  unchecked(): string[] {
    return this.commands().filter((command) => !this.checked.has(command));
  }

  /** Expects the page to show output after "$ command" (or, when updating, makes it so). */
  expectShown(command: string, output: string): void {
    this.checked.add(command);
    if (this.updating) {
      const [from, to] = this.shownAt(command);
      this.text = this.text.slice(0, from) + output + this.text.slice(to);
    } else expect(this.shown(command), `${this.path}: $ ${command}`).toBe(output);
  }

  /**
   * An example the page cuts short with "...": its lines must be the first lines of the output
   * (when updating, as many first lines as it shows now).
   */
  expectShownStart(command: string, output: string): void {
    const lines = this.shown(command).split('\n');
    if (lines.at(-2) !== '...') throw new Error(`${this.path}: example "$ ${command}" does not end with ...`);
    const start = lines.slice(0, -2);
    if (this.updating) {
      this.expectShown(command, [...output.split('\n').slice(0, start.length), '...', ''].join('\n'));
    } else {
      this.checked.add(command);
      expect(output.split('\n').slice(0, start.length), `${this.path}: $ ${command}`).toEqual(start);
    }
  }

  /** Writes the page back, when updating. */
  save(): void {
    if (this.updating) writeFileSync(this.path, this.text);
  }

  private shown(command: string): string {
    return this.text.slice(...this.shownAt(command));
  }

  // Where the output shown after "$ command" starts and ends.
  private shownAt(command: string): [number, number] {
    const start = this.text.indexOf(`$ ${command}\n`);
    if (start < 0) throw new Error(`${this.path} shows no "$ ${command}"`);
    const from = start + command.length + 3;
    const end = Math.min(
      ...['\n$ ', '\n```'].map((mark) => this.text.indexOf(mark, from - 1)).filter((i) => i >= 0),
    );
    return [from, end + 1];
  }
}

/** TSV text cut to some of its columns (1-based, as cut -f counts them). */
export function cutFields(tsv: string, fields: readonly number[]): string {
  return tsv
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => fields.map((f) => line.split('\t')[f - 1] ?? '').join('\t') + '\n')
    .join('');
}

/** The first n lines of a text, as head -n prints them. */
export function head(text: string, n: number): string {
  return text
    .split(/(?<=\n)/)
    .slice(0, n)
    .join('');
}
