import { UsageError } from '../errors.js';

// What one lookup may cost is bounded by what it is given: a query or a name longer than any a
// person types is refused before it is matched, so that no argument, however large, makes a
// lookup slow (fuzzy matching costs more than linear time in the length of what it matches).

/** The longest query or name looked up, in characters (UTF-16 code units). */
export const MAX_QUERY_LENGTH = 1000;

/** Refuses (a UsageError, exit 2) a query or name longer than MAX_QUERY_LENGTH; what names it in the message. */
export function limitLength(what: string, text: string): void {
  if (text.length > MAX_QUERY_LENGTH) {
    throw new UsageError(
      `${what} too long: ${text.length} characters, at most ${MAX_QUERY_LENGTH} are looked up`,
    );
  }
}
