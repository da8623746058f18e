import type { Dataset } from '../dataset/dataset.js';
import { CarBriefError } from '../errors.js';
import type { Source } from '../model/records.js';
import { sourceParagraphs } from '../query/paragraph.js';
import { spansHolding } from '../query/quote-span.js';

// A citation by the words a writer remembers (--find, or find: in the editor): the one verbatim
// span of the source they stand for, as quote matches words, taken with a note saying it; none, or
// several, is a problem at the citation (the record is refused, nothing written): a quote is
// never guessed.

/** The citation's paragraph and verbatim quote, with the note that says what was taken; or why not. */
export type FoundByWords =
  | { readonly paragraph: number; readonly quote: string; readonly note: string }
  | { readonly field: 'find' | 'paragraph'; readonly message: string };

/** How many of the spans words stand for a refusal lists. */
const SHOWN = 5;

/** The one span of source (of its paragraph given, if one is) that words stand for, or why there is not one. */
export function findByWords(
  dataset: Dataset,
  source: Source,
  given: number | undefined,
  words: string,
): FoundByWords {
  if (source.text === undefined)
    return {
      field: 'find',
      message: `${source.id} has no text to find the words in: give the quote verbatim`,
    };
  const paragraphs = readableParagraphs(dataset, source);
  if ('message' in paragraphs) return { field: 'find', message: paragraphs.message };
  if (given !== undefined && given > paragraphs.length)
    return {
      field: 'paragraph',
      message: `${source.id} has no paragraph ${given}: it has ${paragraphs.length}`,
    };
  const where = given === undefined ? source.id : `¶${given} of ${source.id}`;
  const spans = spansHolding(paragraphs, words, given);
  if (spans.length === 1) {
    const [{ paragraph, quote }] = spans as [(typeof spans)[0]];
    return { paragraph, quote, note: `"${words}" found in ¶${paragraph} of ${source.id}: "${quote}"` };
  }
  if (spans.length === 0)
    return {
      field: 'find',
      message: `no passage of ${where} holds every one of those words (car-brief quote ${source.id} ${words} shows the closest)`,
    };
  const listed = spans.slice(0, SHOWN).map((span) => `¶${span.paragraph} "${span.quote}"`);
  const more = spans.length > SHOWN ? `, and ${spans.length - SHOWN} more` : '';
  const narrow =
    given === undefined && new Set(spans.map((span) => span.paragraph)).size > 1 ? ', --paragraph' : '';
  return {
    field: 'find',
    message: `they stand for ${spans.length} passages of ${where}: ${listed.join(', ')}${more}; say which with more words${narrow} or --quote`,
  };
}

/** A source's paragraphs, or why they cannot be read (its text file gone or changed). */
export function readableParagraphs(dataset: Dataset, source: Source): string[] | { message: string } {
  try {
    return sourceParagraphs(dataset, source);
  } catch (error) {
    if (error instanceof CarBriefError) return { message: error.message };
    throw error;
  }
}
