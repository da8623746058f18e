import { stripVTControlCharacters as plain } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

// What is stale is said in words where records are shown: the timeline, the briefs (terminal,
// one screen and Markdown) and fact; and not before it is stale. Today is TEST_TODAY (2026-12-07).

const terminal = { tty: true, columns: 100 };

describe('stale records marked in words', () => {
  it('in the timeline: the plan overdue as of today, plain as of a day its window was open', async () => {
    const wide = { tty: true, columns: 200 };
    const now = plain((await runCli(['timeline', '--country', 'kazakhstan'], wide)).stdout);
    expect(now).toContain('visit       planned, overdue since Feb 2025, date inferred, sources disagree');
    const then = plain(
      (await runCli(['timeline', '--country', 'kazakhstan', '--as-of', '2024-12-31'], wide)).stdout,
    );
    expect(then).not.toContain('overdue');
    expect(then).toContain('planned, date inferred');
    const json = JSON.parse((await runCli(['timeline', '--country', 'kazakhstan', '--json'])).stdout) as {
      stale: { kind: string; since: string } | null;
    }[];
    expect(json.map((e) => e.stale?.since ?? null)).toEqual([null, '2025-02-01', '2025-02-01', '2025-02-01']);
  });

  it('in the one-screen brief, the full brief and the Markdown brief', async () => {
    const screen = plain(
      (await runCli(['country', 'uzbekistan'], { tty: true, columns: 80, rows: 24 })).stdout,
    );
    expect(screen).toContain('open, quiet');
    expect(screen).toContain('planned, overdue since Feb 2025,');
    const full = plain((await runCli(['country', 'kazakhstan', '--full'], terminal)).stdout);
    expect(full.replace(/\s+/g, ' ')).toContain('planned, overdue since Feb 2025');
    const md = (await runCli(['brief', 'uzbekistan'])).stdout;
    expect(md).toContain('(planned, overdue since Feb 2025)');
    expect(md).toContain('(open; no news since Sep–Dec 2024)');
    expect(md.split('\n').slice(0, 4).join('\n')).not.toContain('as of');
    // Before the article's window closed, nothing is marked; and the brief says as of when.
    const then = (await runCli(['brief', 'uzbekistan', '--as-of', '2024-08-01'])).stdout;
    expect(then).not.toMatch(/overdue|no news/);
    expect(then.split('\n').slice(0, 4).join('\n')).toContain('as of 1 Aug 2024');
    const head = plain((await runCli(['country', 'uzbekistan', '--as-of', '2024-08-01'], terminal)).stdout);
    expect(head.split('\n')[0]).toBe(
      'Uzbekistan  UZ · UZB · capital Tashkent · Central Asia · 1 source, late 2024 · as of 1 Aug 2024',
    );
  });

  it("in the hub overview: a partner's latest plan overdue, in a word", async () => {
    const { stdout } = await runCli(['country', 'pakistan'], { tty: true, columns: 160, rows: 40 });
    expect(plain(stdout)).toContain('from Jul 2024 (planned, overdue): DG ISI to visit');
  });

  it('in fact: a pending claim and a planned event overdue, in the line to paste', async () => {
    const claim = await runCli(['fact', 'Tashkent', 'finalising', 'intelligence', 'agreement']);
    expect(claim.stdout.split('\n')[0]).toContain(
      '(the article does not name the other party). (pending, overdue since Jan 2026) — ',
    );
    const before = await runCli([
      'fact',
      'Tashkent',
      'finalising',
      'intelligence',
      'agreement',
      '--as-of',
      '2025-12-31',
    ]);
    expect(before.stdout).not.toContain('pending');
    const event = await runCli(['fact', 'when', 'will', 'the', 'DG', 'ISI', 'visit', 'Kazakhstan', '--all']);
    expect(event.stdout).toContain(
      'DG ISI to visit Kazakhstan and Uzbekistan (planned, overdue since Feb 2025)',
    );
    // A happened event and a plain fact carry no mark.
    expect((await runCli(['fact', 'TAPI', 'length'])).stdout).not.toMatch(/overdue|pending/);
  });
});
