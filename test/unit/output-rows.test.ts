import { describe, expect, it } from 'vitest';
import { processOutput } from '../../src/output/io.js';

const sink = { write: () => true };

describe('processOutput rows (the height a one-screen brief is fitted to)', () => {
  it("takes the terminal's rows, else LINES, and none in a pipe", () => {
    const tty = (rows: number) => ({ stdout: { ...sink, isTTY: true, rows }, stderr: sink });
    expect(processOutput(tty(30), {}).rows).toBe(30);
    expect(processOutput(tty(0), { LINES: '40' }).rows).toBe(40);
    expect(processOutput(tty(0), {}).rows).toBeUndefined();
    expect(
      processOutput({ stdout: { ...sink, rows: 30 }, stderr: sink }, { LINES: '40' }).rows,
    ).toBeUndefined();
  });
});
