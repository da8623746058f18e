import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

// Issue 19, item 14: the claims filters people reach for: --disagreements, --attribution <who>,
// and --since/--until by the dates of the events a claim is about.

/** The ids of a piped claims list (its first column, the header dropped). */
async function ids(argv: readonly string[]): Promise<string[]> {
  const { code, stdout, stderr } = await runCli(['claims', ...argv, '--no-header']);
  expect({ code, stderr: stderr.replace(/^note: .*\n/gm, '') }).toEqual({ code: 0, stderr: '' });
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t')[0]!);
}

describe('claims --disagreements', () => {
  it('keeps the claims that carry a disagreements entry, and only those', async () => {
    const kept = await ids(['--disagreements']);
    expect(kept).toContain('dg-isi-visited-turkmenistan-july');
    expect(kept).toContain('azerbaijan-agreed-jf-17-purchase');
    expect(kept).not.toContain('tapi-length-and-capacity');
    const { stdout } = await runCli(['claims', '--disagreements', '--json']);
    const claims = JSON.parse(stdout) as { disagreements?: unknown[] }[];
    expect(claims.length).toBe(kept.length);
    for (const claim of claims) expect(claim.disagreements?.length).toBeGreaterThan(0);
  });

  it('combines with the other filters', async () => {
    const kept = await ids(['--disagreements', '--kind', 'assessment']);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).not.toContain('dg-isi-visited-turkmenistan-july');
  });

  it('says on a terminal what matched nothing', async () => {
    const { code, stdout, stderr } = await runCli(
      ['claims', '--disagreements', '--country', 'kazakhstan', '--kind', 'report'],
      { tty: true },
    );
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
    expect(stderr).toContain('no claims match --country kazakhstan --kind report --disagreements');
  });
});

describe('claims --attribution', () => {
  it("matches the words of a report's attribution in any case", async () => {
    const media = await ids(['--attribution', 'MEDIA']);
    expect(media).toEqual([
      'turkmen-pressed-munir-on-tapi-laws',
      'gas-swap-via-iran-considered',
      'ashgabat-asked-nlc-for-serhetabat-hub',
    ]);
    // A word's start matches ("report" for "media reports"), not a word's middle.
    expect(await ids(['--attribution', 'report'])).toEqual(expect.arrayContaining(media));
    expect(await ids(['--attribution', 'sharif government'])).toHaveLength(
      (await ids(['--attribution', 'the Sharif government'])).length,
    );
  });

  it('repeats and comma-separates, keeping a claim that matches any', async () => {
    const critics = await ids(['--attribution', 'critics']);
    expect(critics).toEqual(['jf-17-avionics-criticised']);
    const both = await ids(['--attribution', 'media', '--attribution', 'critics']);
    expect(both).toEqual(await ids(['--attribution', 'media,critics']));
    expect(both).toHaveLength(4);
  });

  it('exits 4 with the nearest attribution when no claim has it', async () => {
    const { code, stdout, stderr } = await runCli(['claims', '--attribution', 'medai']);
    expect({ code, stdout }).toEqual({ code: 4, stdout: '' });
    expect(stderr).toContain('no claim is attributed to "medai"');
    expect(stderr).toContain('did you mean media reports?');
  });

  it('is a usage error given empty', async () => {
    const { code, stderr } = await runCli(['claims', '--attribution', '']);
    expect(code).toBe(2);
    expect(stderr).toContain('--attribution needs a value');
  });
});

describe('claims --since/--until', () => {
  it('keeps a claim when an event it is about overlaps the range, as timeline does', async () => {
    const kept = await ids(['--since', '2024-09', '--until', '2024-09']);
    // about the September 2024 agreement
    expect(kept).toContain('azerbaijan-agreed-jf-17-purchase');
    // about the open-ended planned visits 2024-07/.., which any later date overlaps
    expect(kept).toContain('munir-and-sidhu-to-visit-central-asia');
    // about the July 2024 visit only
    expect(kept).not.toContain('dg-isi-visited-turkmenistan-july');
    expect(await ids(['--until', '2024-07-10'])).toContain('dg-isi-visited-turkmenistan-july');
    expect(await ids(['--until', '2024-06'])).not.toContain('dg-isi-visited-turkmenistan-july');
  });

  it('leaves out a claim about no event, and says how many', async () => {
    const { code, stdout, stderr } = await runCli(['claims', '--since', '1990']);
    expect(code).toBe(0);
    expect(stdout).not.toContain('tapi-length-and-capacity\t');
    expect(stderr).toMatch(
      /note: --since keeps claims by the events they are about: \d+ claims about no event left out/,
    );
  });

  it('refuses a date that is not one', async () => {
    const { code, stderr } = await runCli(['claims', '--since', 'July']);
    expect(code).toBe(2);
    expect(stderr).toContain('--since July: give a date as 2024, 2024-07 or 2024-07-10');
  });
});
