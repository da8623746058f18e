import { chmodSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WriteError, writeAll } from '../../src/edit/write.js';

// A change written whole or not at all: new files and changed ones, through temporary files.

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'car-brief-write-'));
  writeFileSync(join(dir, 'list.yaml'), '- a\n');
  chmodSync(join(dir, 'list.yaml'), 0o640);
  return dir;
}

describe('writeAll', () => {
  it('writes new files (folders made as needed) and changed ones, keeping their permissions, leaving no temporary file', () => {
    const dir = folder();
    writeAll([
      { path: join(dir, 'texts/new.txt'), content: 'text\n' },
      { path: join(dir, 'list.yaml'), content: '- a\n- b\n', before: Buffer.from('- a\n') },
    ]);
    expect(readFileSync(join(dir, 'texts/new.txt'), 'utf8')).toBe('text\n');
    expect(readFileSync(join(dir, 'list.yaml'), 'utf8')).toBe('- a\n- b\n');
    expect(statSync(join(dir, 'list.yaml')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(['list.yaml', 'texts']);
    expect(readdirSync(join(dir, 'texts'))).toEqual(['new.txt']);
  });

  it('writes nothing when a changed file is not as it was read, or a new one exists already', () => {
    const dir = folder();
    const changed = () =>
      writeAll(
        [
          { path: join(dir, 'texts/new.txt'), content: 'text\n' },
          { path: join(dir, 'list.yaml'), content: '- b\n', before: Buffer.from('- something else\n') },
        ],
        (path) => path.slice(dir.length + 1),
      );
    expect(changed).toThrow(WriteError);
    expect(changed).toThrow('list.yaml changed while car-brief was writing; nothing written: run it again');
    writeFileSync(join(dir, 'old.txt'), 'old\n');
    expect(() =>
      writeAll([
        { path: join(dir, 'list.yaml'), content: '- b\n', before: Buffer.from('- a\n') },
        { path: join(dir, 'old.txt'), content: 'new\n' },
      ]),
    ).toThrow(/changed while car-brief was writing/);
    expect(readFileSync(join(dir, 'list.yaml'), 'utf8')).toBe('- a\n');
    expect(readFileSync(join(dir, 'old.txt'), 'utf8')).toBe('old\n');
    expect(readdirSync(dir).sort()).toEqual(['list.yaml', 'old.txt']); // no texts/ left behind, no temporary file
  });

  it('says which file it cannot write, in words, and takes back the folders it made', () => {
    const dir = folder();
    writeFileSync(join(dir, 'texts'), 'a file where a folder should be\n');
    expect(() =>
      writeAll([{ path: join(dir, 'texts/sub/new.txt'), content: 'text\n' }], (p) => p.slice(dir.length + 1)),
    ).toThrow(/^cannot write texts\/sub\/new.txt: .*; nothing written$/);
    expect(readdirSync(dir).sort()).toEqual(['list.yaml', 'texts']);
  });
});
