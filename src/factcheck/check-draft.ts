// check: a draft read sentence by sentence, clause by clause, and measured against the dataset.
import type { Dataset } from '../dataset/dataset.js';
import { CheckData, readSentence, type SentenceFacts } from './context.js';
import { draftSentences } from './draft.js';
import { checkEvents } from './events.js';
import { checkFigures } from './figures.js';
import type { CheckResult, Finding } from './finding.js';
import { checkFirmness, type Carried } from './firmness.js';
import { SubjectFinder } from './subjects.js';
import { lineStarts } from './suggest.js';

/** Every finding on a draft, in the order of the draft, and the records each sentence was tied to. */
export function checkDraft(dataset: Dataset, draft: string): CheckResult {
  const subjects = SubjectFinder.of(dataset);
  const data = new CheckData(dataset, subjects);
  const starts = lineStarts(draft);
  const findings: Finding[] = [];
  let carried: Carried | undefined;
  let before: SentenceFacts | undefined;
  const sentences = draftSentences(draft).map((sentence) => {
    const facts = (before = data.resolvePronoun(readSentence(sentence, subjects), before));
    const records = new Set<string>();
    const figures = checkFigures(facts, data, starts);
    const events = checkEvents(facts, data, starts);
    const firmness = checkFirmness(facts, data, carried);
    carried = firmness.carried;
    for (const result of [figures, events, firmness]) {
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
