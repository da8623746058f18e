// What the hover says: the record behind the words under the cursor, as one line with its
// citation and support. A finding's words show the record the finding compares them with; a
// figure or a date, the record its sentence was tied to that gives it; a name, its actor or issue.
import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Dataset } from '../dataset/dataset.js';
import { markdownText } from '../output/markdown.js';
import { findingRange } from './diagnostics.js';
import { factLine } from './facts.js';
import type { CheckJson } from './findings.js';
import type { NameFinder } from './names.js';
import { sentenceAt } from './sentences.js';

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|third|quarter|fifth';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Sept?';
// A figure or a date as a draft writes one: 1,735; 33; 20%; ten; September (a month with its capital: "may" is a verb).
const FIGURE = new RegExp(`\\d(?:[\\d,.]*\\d)?%?|\\b(?:${NUMBER_WORDS})\\b`, 'gi');
const MONTH = new RegExp(`\\b(?:${MONTHS})\\b`, 'g');

/** What the hover needs: the dataset, its names, and the check of the document as it is. */
export interface HoverData {
  readonly dataset: Dataset;
  readonly names: NameFinder;
  readonly check: CheckJson;
}

/** The hover at a position of a draft: the record behind the words there, or none. */
export function hoverAt(document: TextDocument, position: Position, data: HoverData): Hover | null {
  const offset = document.offsetAt(position);
  for (const finding of data.check.findings) {
    const range = findingRange(document, finding);
    const inside = document.offsetAt(range.start) <= offset && offset < document.offsetAt(range.end);
    if (inside && finding.record !== undefined) return hoverOf(data.dataset, finding.record, range);
  }
  const lineStart = document.offsetAt({ line: position.line, character: 0 });
  const line = document.getText({
    start: { line: position.line, character: 0 },
    end: { line: position.line + 1, character: 0 },
  });
  const figure = [...line.matchAll(FIGURE), ...line.matchAll(MONTH)].find(
    (match) => match.index <= position.character && position.character < match.index + match[0].length,
  );
  if (figure) {
    const sentence = sentenceAt(document, data.check, offset);
    const id = sentence?.records.find((record) => gives(data.dataset, record, figure[0]));
    const range = {
      start: { line: position.line, character: figure.index },
      end: { line: position.line, character: figure.index + figure[0].length },
    };
    if (id !== undefined) return hoverOf(data.dataset, id, range);
  }
  const name = data.names.at(line, offset - lineStart);
  if (name === undefined) return null;
  return hoverOf(data.dataset, name.id, {
    start: { line: position.line, character: name.start },
    end: { line: position.line, character: name.end },
  });
}

// Whether a record states a figure or date: its statement, title or a quote has the same words.
function gives(dataset: Dataset, id: string, figure: string): boolean {
  const entry = dataset.get(id);
  if (entry === undefined || (entry.type !== 'claim' && entry.type !== 'event')) return false;
  const said = entry.type === 'claim' ? entry.record.statement : entry.record.title;
  const texts = [said, ...entry.record.sources.map((c) => c.quote)];
  const plain = (text: string) => text.toLowerCase().replace(/(\d),(?=\d{3})/g, '$1');
  const word = new RegExp(`(^|[^\\p{L}\\p{N}])${escape(plain(figure))}($|[^\\p{L}\\p{N}])`, 'u');
  return texts.some((text) => word.test(plain(text)));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function hoverOf(dataset: Dataset, id: string, range: Hover['range']): Hover | null {
  const line = factLine(dataset, id);
  if (line === undefined) return null;
  return {
    contents: { kind: 'markdown', value: `${markdownText(line)} \`${id}\`` },
    ...(range ? { range } : {}),
  };
}
