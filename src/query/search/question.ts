// How a writer's question says what kind of answer it wants: "how many students…" wants a
// figure, "when did…" a date, "who is…" a person. The question words themselves are not looked up.

/** What a question asks for: a figure, a date or a person. */
export type Asks = 'figure' | 'date' | 'person';

/** A query read as a question: what it asks for (if it says), and the words left to look up. */
export interface Question {
  readonly asks?: Asks | undefined;
  readonly words: string;
}

// The question words a query may open with (after any spaces or punctuation), by what they ask.
const OPENINGS: readonly (readonly [RegExp, Asks])[] = [
  [/^how\s+(?:many|much|long|far|big|large|high|often|old)\b/iu, 'figure'],
  [/^(?:when|since\s+when|(?:in\s+)?(?:what|which)\s+(?:year|month|date))\b/iu, 'date'],
  [/^(?:who|whom|whose)\b/iu, 'person'],
];

/** Reads the question word a query opens with, if any: "how many students left" asks a figure of "students left". */
export function readQuestion(query: string): Question {
  const trimmed = query.replace(/^[\s\p{P}]+/u, '');
  for (const [opening, asks] of OPENINGS) {
    const match = opening.exec(trimmed);
    if (match) return { asks, words: trimmed.slice(match[0].length) };
  }
  return { words: query };
}

// Month names are capitalised in English, which keeps the verb "may" and the month "May" apart.
const MONTH =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/u;
const YEAR = /\b(?:1[89]|20)\d\d(?:s)?\b/u;

/** Whether a text gives a date: a year or decade (2019, 1990s) or a month ("in July"). */
export function mentionsDate(text: string): boolean {
  return YEAR.test(text) || MONTH.test(text);
}
