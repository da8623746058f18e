// Code actions at a place of a draft: apply check --suggest's edit to a finding (where check gives
// one), and cite a record the sentence was tied to as a Markdown footnote: the marker after the
// sentence, the note's definition at the end of the draft, as fact --format md writes them.
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Dataset } from '../dataset/dataset.js';
import { recordName } from '../model/records.js';
import { Footnotes } from '../output/markdown.js';
import { sourceOf } from '../query/lookup.js';
import { diagnosticsOf, positionOf } from './diagnostics.js';
import { suggestedEdits, type CheckJson, type SuggestedEdit } from './findings.js';
import { sentenceAt } from './sentences.js';

/** At most this many records are offered to cite for one sentence. */
export const MAX_CITE_ACTIONS = 5;

/** What the code actions need: the dataset, the check of the document as it is, and whether it is Markdown. */
export interface ActionData {
  readonly dataset: Dataset;
  readonly check: CheckJson;
  readonly markdown: boolean;
}

/** The code actions for a range of a draft: --suggest edits of the findings there, then footnotes to cite. */
export function codeActionsAt(document: TextDocument, range: Range, data: ActionData): CodeAction[] {
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  const diagnostics = diagnosticsOf(document, data.check);
  const actions: CodeAction[] = [];
  data.check.findings.forEach((finding, i) => {
    const diagnostic = diagnostics[i]!;
    if (!overlaps(document, diagnostic.range, from, to)) return;
    const edits = suggestedEdits(finding);
    if (edits.length > 0) actions.push(suggestAction(document, edits, diagnostic));
  });
  if (data.markdown) actions.push(...footnoteActions(document, from, data, diagnostics));
  return actions;
}

function overlaps(document: TextDocument, range: Range, from: number, to: number): boolean {
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  return start <= to && from <= end;
}

// check --suggest's edit, applied.
function suggestAction(
  document: TextDocument,
  edits: readonly SuggestedEdit[],
  diagnostic: Diagnostic,
): CodeAction {
  const changes: TextEdit[] = edits.map((edit) => {
    const start = document.offsetAt(positionOf(edit));
    return {
      range: { start: document.positionAt(start), end: document.positionAt(start + edit.length) },
      newText: edit.replacement,
    };
  });
  const words = edits.map((edit) => `“${edit.replacement}”`).join(', ');
  return {
    title: `Write ${words}, as the source has it`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: { changes: { [document.uri]: changes } },
  };
}

// A footnote for each record the sentence at offset is tied to (those its warnings name first);
// none while an error says the sentence contradicts a record: fix it first, then cite.
function footnoteActions(
  document: TextDocument,
  offset: number,
  data: ActionData,
  diagnostics: readonly Diagnostic[],
): CodeAction[] {
  const sentence = sentenceAt(document, data.check, offset);
  if (sentence === undefined) return [];
  const text = document.getText();
  const inSentence = data.check.findings.filter((_, i) => {
    const at = document.offsetAt(diagnostics[i]!.range.start);
    return sentence.start <= at && at < sentence.end;
  });
  if (inSentence.some((finding) => finding.severity === 'error')) return [];
  const named = inSentence.flatMap((finding) => (finding.record === undefined ? [] : [finding.record]));
  const ids = [...new Set([...named, ...sentence.records])];
  // After the sentence's closing marks (**…**) and the notes it cites already, where a marker goes.
  const closing = sentence.end + /^[*_`]*/.exec(text.slice(sentence.end))![0].length;
  const cited = /^(?:\[\^[^\]\s]+\])*/.exec(text.slice(closing))![0];
  const end = closing + cited.length;
  return ids
    .flatMap((id) => {
      const entry = data.dataset.get(id);
      if (entry === undefined || entry.type === 'source' || entry.record.sources.length === 0) return [];
      const notes = new Footnotes();
      const marker = notes.cite(entry.record, (source) => sourceOf(data.dataset, source)?.label ?? source);
      if (cited.includes(marker)) return [];
      const name = recordName(entry);
      const short = name.length > 60 ? `${name.slice(0, 59)}…` : name;
      return [
        {
          title: `Cite as a footnote: ${short} [${id}]`,
          kind: CodeActionKind.QuickFix,
          edit: { changes: { [document.uri]: footnoteEdits(document, end, marker, notes.definitions()) } },
        },
      ];
    })
    .slice(0, MAX_CITE_ACTIONS);
}

// The marker at the end of the sentence, and the definitions the draft lacks after its last line
// (beside the notes already there, else after a blank line).
function footnoteEdits(
  document: TextDocument,
  at: number,
  marker: string,
  definitions: readonly string[],
): TextEdit[] {
  const text = document.getText();
  const lines = text.split(/\r?\n/);
  const defined = (definition: string) => {
    const label = definition.slice(0, definition.indexOf(']:') + 2);
    return lines.some((line) => line.startsWith(label));
  };
  const missing = definitions.filter((definition) => !defined(definition));
  const edits: TextEdit[] = [
    { range: { start: document.positionAt(at), end: document.positionAt(at) }, newText: marker },
  ];
  if (missing.length === 0) return edits;
  const trailing = /\n*$/.exec(text.replace(/\r/g, ''))![0].length;
  const last = text.trimEnd().split(/\r?\n/).pop() ?? '';
  const wanted = text.trim() === '' ? 0 : FOOTNOTE_DEFINITION.test(last) ? 1 : 2;
  const end = document.positionAt(text.length);
  edits.push({
    range: { start: end, end },
    newText: `${'\n'.repeat(Math.max(0, wanted - trailing))}${missing.join('\n')}\n`,
  });
  return edits;
}

const FOOTNOTE_DEFINITION = /^\[\^[^\]]+\]:/;
