import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

// Issue 19 §12: any selection of claims (claims), and one record (show), as lines to paste in the
// citation style asked for, the same lines fact gives for the same claim.

describe('claims --cite', () => {
  it('gives each selected claim as fact gives it, in every citation style', async () => {
    const ids = JSON.parse((await runCli(['claims', '--actor', 'tapi', '--json'])).stdout).map(
      (claim: { id: string }) => claim.id,
    );
    expect(ids.length).toBeGreaterThan(5);
    for (const style of ['plain', 'chicago', 'md']) {
      const { code, stdout, stderr } = await runCli(['claims', '--actor', 'tapi', '--cite', style]);
      expect(code, stderr).toBe(0);
      // fact --all says the same claims the same way, when it answers with them.
      const fact = await runCli(['fact', 'TAPI', 'length', '--cite', style]);
      const first = fact.stdout.split('\n')[0]!.replace(/¹$/, '');
      expect(stdout).toContain(first);
      if (style === 'md')
        expect(stdout.match(/^\[\^[a-z0-9.-]+\]: /gm)?.length).toBeGreaterThanOrEqual(ids.length);
      if (style === 'chicago') {
        // Notes numbered 1..n, one per claim, each under its sentence.
        const notes = stdout.split('\n').flatMap((line) => /^(\d+)\. /.exec(line)?.[1] ?? []);
        expect(notes).toEqual(ids.map((_: string, i: number) => String(i + 1)));
      }
      if (style === 'plain') {
        const lines = stdout.split('\n').filter((line) => line.includes(' — Untitled analysis'));
        expect(lines.filter((line) => !line.startsWith('Sources disagree'))).toHaveLength(ids.length);
      }
    }
  });

  it('--format text is the plain lines; the table and rows are unchanged without --cite', async () => {
    const text = await runCli(['claims', '--kind', 'assessment', '--limit', '3', '--format', 'text']);
    const plain = await runCli(['claims', '--kind', 'assessment', '--limit', '3', '--cite', 'plain']);
    expect(text.stdout).toBe(plain.stdout);
    expect(plain.stdout.split('\n')[0]).toMatch(/ \(the author's assessment\) — Untitled analysis .*, ¶\d+$/);
    const tsv = await runCli(['claims', '--kind', 'assessment', '--limit', '3', '--no-header']);
    expect(tsv.stdout.split('\n')[0]!.split('\t')[1]).toBe('assessment');
  });

  it('--figures adds the figures, as fact --figures does', async () => {
    const { stdout } = await runCli(['claims', '--actor', 'tapi', '--cite', 'plain', '--figures']);
    const fact = await runCli(['fact', 'TAPI', 'length', '--figures']);
    expect(fact.stdout).toContain('[1,735 km; 33 bcm per annum]');
    expect(stdout).toContain(fact.stdout);
  });

  it('refuses --cite with a format that does not use it (exit 2), and names both', async () => {
    const { code, stdout, stderr } = await runCli(['claims', '--cite', 'md', '--json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--cite md');
    expect(stderr).toContain('--format json');
  });

  it('on a terminal, wraps at words and says each claim support', async () => {
    const { stdout } = await runCli(['claims', '--actor', 'tapi', '--limit', '2', '--cite', 'plain'], {
      tty: true,
      columns: 60,
    });
    expect(Math.max(...stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(60);
    expect(stdout).toContain('Support: 1 source, late 2024');
  });
});

describe('show --cite', () => {
  it('gives a claim as fact gives it, in each style', async () => {
    for (const style of ['plain', 'md', 'chicago']) {
      const show = await runCli(['show', 'tapi-length-and-capacity', '--cite', style]);
      const fact = await runCli(['fact', 'TAPI', 'length', '--cite', style]);
      expect(show.code).toBe(0);
      expect(show.stdout).toBe(fact.stdout);
    }
  });

  it('gives an event and an actor too', async () => {
    const event = await runCli(['show', 'dg-isi-visit-turkmenistan-2024-07', '--cite', 'plain']);
    expect(event.stdout).toMatch(
      /^10–11 Jul 2024 \(date inferred\): DG ISI visit to Ashgabat .* — Untitled analysis .*, ¶2\n/,
    );
    const actor = await runCli(['show', 'tapi', '--cite', 'chicago']);
    expect(actor.stdout).toMatch(/^TAPI Gas Pipeline Project: .*¹\n1\. Untitled analysis .*, paras?\. /);
  });

  it('refuses an issue or a source, and --paragraph with --cite (exit 2)', async () => {
    for (const argv of [
      ['show', 'pak-car-analysis-2024', '--cite', 'md'],
      ['show', 'tapi-length-and-capacity', '--cite', 'md', '--paragraph'],
      ['show', 'tapi-length-and-capacity', '--cite', 'plain', '--format', 'tsv'],
    ]) {
      const { code, stdout, stderr } = await runCli(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^car-brief: .*--cite/);
    }
  });
});
