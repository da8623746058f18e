// Scores check on drafts whose answers are known: seeded drafts with a key of what is wrong where
// (test/fixtures/drafts/*.key.json), and faithful drafts where nothing is.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Dataset } from '../../../src/dataset/dataset.js';
import { checkDraft } from '../../../src/factcheck/check-draft.js';
import type { Finding } from '../../../src/factcheck/finding.js';
import { BUILTIN, ROOT } from '../../helpers.js';

/** One seeded problem: where it is, how serious, and the record a finding on it must name. */
export interface Seeded {
  readonly line: number;
  readonly column: number;
  readonly at: string;
  readonly severity: 'error' | 'warning';
  readonly kind: string;
  readonly record: string;
  readonly what: string;
}

/** How check did on one draft. */
export interface Score {
  readonly draft: string;
  readonly seeded: number;
  readonly found: readonly Seeded[];
  readonly missed: readonly Seeded[];
  readonly falseErrors: readonly Finding[];
  readonly falseWarnings: readonly Finding[];
}

export const DRAFTS = join(ROOT, 'test/fixtures/drafts');
/** Seeded drafts, each with its key. */
export const SEEDED = ['seeded-long.md', 'seeded-short.md', 'seeded-ten.md', 'holdout-seeded.md'];
/** Faithful drafts: the article itself, paraphrases and figures in every writing. */
export const FAITHFUL = [
  join(BUILTIN, 'texts/pak-car-analysis-2024.txt'),
  'faithful.md',
  'faithful-figures.md',
  'faithful-paraphrase.md',
  'holdout-faithful.md',
];

/** The key of a seeded draft. */
export function keyOf(draft: string): Seeded[] {
  return JSON.parse(readFileSync(join(DRAFTS, draft.replace(/\.md$/, '.key.json')), 'utf8')) as Seeded[];
}

/** Scores check on a draft: a seeded problem is found by a finding of its severity on its line that names its record. */
export function score(dataset: Dataset, draft: string, key: readonly Seeded[] = []): Score {
  const text = readFileSync(resolve(DRAFTS, draft), 'utf8');
  const findings = checkDraft(dataset, text).findings;
  const matches = (seeded: Seeded, finding: Finding) =>
    finding.line === seeded.line && finding.record === seeded.record && finding.severity === seeded.severity;
  const found = key.filter((seeded) => findings.some((finding) => matches(seeded, finding)));
  const stray = findings.filter((finding) => !key.some((seeded) => matches(seeded, finding)));
  return {
    draft: draft.replace(/^.*\//, ''),
    seeded: key.length,
    found,
    missed: key.filter((seeded) => !found.includes(seeded)),
    falseErrors: stray.filter((finding) => finding.severity === 'error'),
    falseWarnings: stray.filter((finding) => finding.severity === 'warning'),
  };
}

/** A score as one line: found/seeded, false errors, false warnings. */
export function scoreLine(s: Score): string {
  return `${s.draft}: found ${s.found.length}/${s.seeded}, false errors ${s.falseErrors.length}, false warnings ${s.falseWarnings.length}`;
}
