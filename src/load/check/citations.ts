import type { Problem } from '../../model/problem.js';
import type { Citation, Disagreement, Figure } from '../../model/records.js';
import type { Located } from '../parse/located.js';
import { problemAt } from '../parse/yaml-file.js';

type Cited = {
  readonly sources?: readonly Citation[];
  readonly figures?: readonly Figure[];
  readonly disagreements?: readonly Disagreement[];
};

/** Every citation (a disagreement's passages too) names an existing paragraph and quotes it verbatim; every figure appears in its record's quotes. */
export function checkCitations(
  records: readonly Located<Cited>[],
  isSource: (id: string) => boolean,
  texts: ReadonlyMap<string, readonly string[]>,
): Problem[] {
  const problems: Problem[] = [];
  // A citation repeated (by YAML aliases, or copied) is checked once, and a paragraph is folded
  // for the loose comparison once: a long paragraph must not cost its length for every quote.
  const verdicts = new Map<string, CitationMessage | undefined>();
  const folded = new Map<string, string>();
  const check = (citation: Citation): CitationMessage | undefined => {
    const where = `${citation.source}\0${citation.paragraph}`;
    const key = `${where}\0${citation.quote}`;
    if (!verdicts.has(key)) {
      const fold = (paragraph: string): string => {
        if (!folded.has(where)) folded.set(where, loose(paragraph));
        return folded.get(where)!;
      };
      verdicts.set(key, citationProblem(citation, texts.get(citation.source), fold));
    }
    return verdicts.get(key);
  };
  for (const { record, file, path } of records) {
    record.sources?.forEach((citation, i) => {
      if (!isSource(citation.source)) return; // reported as a reference
      const message = check(citation);
      if (message) problems.push(problemAt(file, [...path, 'sources', i, message.field], message.text));
    });
    // A disagreement's passages are quotes like any other: each checked where it is cited.
    record.disagreements?.forEach((disagreement, i) =>
      disagreement.passages.forEach((citation, j) => {
        if (!isSource(citation.source)) return; // reported as a reference
        const message = check(citation);
        if (message)
          problems.push(
            problemAt(file, [...path, 'disagreements', i, 'passages', j, message.field], message.text),
          );
      }),
    );
    const quotes = (record.sources ?? []).map((c) => c.quote);
    record.figures?.forEach((figure, i) => {
      if (!quotes.some((quote) => numbersIn(quote).has(figure.value))) {
        problems.push(
          problemAt(
            file,
            [...path, 'figures', i, 'value'],
            `figure ${figure.value} does not appear in the record's quotes`,
          ),
        );
      }
    });
  }
  return problems;
}

type CitationMessage = { readonly field: 'paragraph' | 'quote'; readonly text: string };

function citationProblem(
  citation: Citation,
  paragraphs: readonly string[] | undefined,
  foldParagraph: (paragraph: string) => string,
): CitationMessage | undefined {
  if (!paragraphs) return undefined;
  const paragraph = paragraphs[citation.paragraph - 1];
  if (paragraph === undefined) {
    return {
      field: 'paragraph',
      text: `paragraph ${citation.paragraph} does not exist: "${citation.source}" has ${paragraphs.length}`,
    };
  }
  if (paragraph.includes(citation.quote)) return undefined;
  const elsewhere = paragraphs.findIndex((p) => p.includes(citation.quote));
  if (elsewhere >= 0)
    return { field: 'quote', text: `quote is in paragraph ${elsewhere + 1}, not ${citation.paragraph}` };
  const near = foldParagraph(paragraph).includes(loose(citation.quote));
  return {
    field: 'quote',
    text: near
      ? `quote differs from paragraph ${citation.paragraph} only in quotation marks, apostrophes, case or spacing: copy it exactly`
      : `quote is not verbatim in paragraph ${citation.paragraph} of "${citation.source}"`,
  };
}

// Text with the differences people make when retyping a quote folded away.
function loose(text: string): string {
  return text
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  dozen: 12,
};

/** The numbers a text states, in digits ("1,735", "2.5") or as words ("ten", "twelve"). */
export function numbersIn(text: string): Set<number> {
  const numbers = new Set<number>();
  for (const match of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) numbers.add(Number(match[0].replace(/,/g, '')));
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? [])
    if (Object.hasOwn(WORDS, word)) numbers.add(WORDS[word]!);
  return numbers;
}
