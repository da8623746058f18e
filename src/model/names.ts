import type { Actor, DatasetRecord } from './records.js';
import { searchWords } from './words.js';

/** Folds case, accents, dots, punctuation and spacing: "Kyrgyz  Republic", "kyrgyz-republic" and "U.S." meet their records. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every name an actor can be called by: id, name, aliases, and for countries ISO codes and capital. */
function actorNames(actor: Actor): string[] {
  const names = [actor.id, actor.name, ...actor.aliases];
  for (const extra of [actor.iso2, actor.iso3, actor.capital]) if (extra) names.push(extra);
  return names;
}

/**
 * Names a misspelling may be corrected to without asking: id, name and capital. Aliases and
 * demonyms are near many ordinary words ("Indiana" is one letter from "Indian"), so they only suggest.
 */
function correctableNames(actor: Actor): string[] {
  return [actor.id, actor.name, ...(actor.capital ? [actor.capital] : [])];
}

/** A record's id and names as search compares a whole query with them (search words joined by spaces). */
export function searchNames(entry: DatasetRecord): string[] {
  return [entry.record.id, ...recordNames(entry).all].map((name) => searchWords(name).join(' '));
}

/** The names a record answers to: all of them, and those a misspelling may be corrected to unasked. */
export function recordNames(entry: DatasetRecord): { all: string[]; correctable: string[] } {
  switch (entry.type) {
    case 'actor':
      return { all: actorNames(entry.record), correctable: correctableNames(entry.record) };
    case 'event':
    case 'issue':
      return {
        all: [entry.record.id, entry.record.title],
        correctable: [entry.record.id, entry.record.title],
      };
    case 'claim':
      return { all: [entry.record.id], correctable: [entry.record.id] };
    case 'source':
      return { all: [entry.record.id, entry.record.label], correctable: [entry.record.id] };
  }
}
