// check: a draft read sentence by sentence and measured against the dataset.
import type { Dataset } from '../dataset/dataset.js';
import { CheckData, readSentence } from './context.js';
import { draftSentences } from './draft.js';
import { checkEvents } from './events.js';
import { checkFigures } from './figures.js';
import type { CheckResult, Finding } from './finding.js';
import { checkKinds } from './kinds.js';
import { SubjectFinder } from './subjects.js';

/** Every finding on a draft, in the order of the draft, and the records each sentence was tied to. */
export function checkDraft(dataset: Dataset, draft: string): CheckResult {
  const subjects = SubjectFinder.of(dataset);
  const data = new CheckData(dataset, subjects);
  const findings: Finding[] = [];
  const sentences = draftSentences(draft).map((sentence) => {
    const facts = readSentence(sentence, subjects);
    const records = new Set<string>();
    for (const check of [checkFigures, checkEvents, checkKinds]) {
      const result = check(facts, data);
      for (const finding of result.findings) findings.push(finding);
      result.tied.forEach((id) => records.add(id));
    }
    return { line: sentence.line, column: sentence.column, text: sentence.text, records: [...records] };
  });
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return { findings, sentences };
}

/** Whether a result holds a disagreement (an error): check then exits 5. */
export function disagrees(result: CheckResult): boolean {
  return result.findings.some((finding) => finding.severity === 'error');
}
