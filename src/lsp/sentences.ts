// The sentences check read, placed in the editor's text: where each starts (check says) and ends.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckJson } from './findings.js';
import { positionOf } from './diagnostics.js';
import { phraseEnd } from './span.js';

/** A sentence of a check, with its offsets in the draft (end exclusive). */
export interface PlacedSentence {
  readonly text: string;
  readonly records: readonly string[];
  readonly start: number;
  readonly end: number;
}

/** The sentence that holds offset (or ends just before it), if any. */
export function sentenceAt(
  document: TextDocument,
  check: CheckJson,
  offset: number,
): PlacedSentence | undefined {
  const text = document.getText();
  for (let i = check.sentences.length - 1; i >= 0; i--) {
    const sentence = check.sentences[i]!;
    const start = document.offsetAt(positionOf(sentence));
    if (start > offset) continue;
    const end = phraseEnd(text, start, sentence.text) ?? start + sentence.text.length;
    return offset <= end ? { text: sentence.text, records: sentence.records, start, end } : undefined;
  }
  return undefined;
}
