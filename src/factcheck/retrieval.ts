// The records a clause may restate, found by retrieval over the compiled search index: each word
// of the index stemmed once per draft, so that a clause's stems (and its synonyms' stems) find
// the claims and events that share them; and how telling each stem is (its inverse document
// frequency), so that "stabiliser" weighs more than "Pakistan's" "cooperation".
import { SEARCH_FIELDS, type SearchField } from '../dataset/compiled.js';
import type { Dataset } from '../dataset/dataset.js';
import { stemWord } from '../model/stem.js';

// The fields that say what a record states (not its id, tags or names).
const FIELDS: ReadonlySet<SearchField> = new Set(['title', 'statement', 'figures', 'quote', 'summary']);

/** Stems to the claims and events whose text has them, read from a dataset's search index. */
export class Retrieval {
  private readonly byStem = new Map<string, Set<number>>();
  private readonly first: number;
  private readonly end: number;

  constructor(dataset: Dataset) {
    const index = dataset.searchIndex();
    const [eventsFrom, eventsTo] = dataset.range('events');
    const [claimsFrom, claimsTo] = dataset.range('claims');
    this.first = Math.min(eventsFrom, claimsFrom);
    this.end = Math.max(eventsTo, claimsTo);
    const wanted = (slot: number) =>
      (slot >= eventsFrom && slot < eventsTo) || (slot >= claimsFrom && slot < claimsTo);
    const fields = SEARCH_FIELDS.map((field) => FIELDS.has(field));
    index.words.forEach((word, w) => {
      if (/^\d/.test(word)) return;
      const stem = stemWord(word);
      let slots = this.byStem.get(stem);
      for (let g = index.wordStart[w]!; g < index.wordStart[w + 1]!; g++) {
        if (!fields[index.groupField[g]!]) continue;
        for (let i = index.groupStart[g]!; i < index.groupStart[g + 1]!; i++) {
          const slot = index.slots[i]!;
          if (!wanted(slot)) continue;
          if (!slots) this.byStem.set(stem, (slots = new Set()));
          slots.add(slot);
        }
      }
    });
  }

  /** How telling a stem is: high for a stem few records have, 0 for one none has. */
  weight(stem: string): number {
    const records = this.byStem.get(stem)?.size ?? 0;
    return records === 0 ? 0 : Math.log(1 + (this.end - this.first) / records);
  }

  /** The slots of the records that have any of the stems. */
  slotsWith(stems: Iterable<string>): Set<number> {
    const found = new Set<number>();
    for (const stem of stems) for (const slot of this.byStem.get(stem) ?? []) found.add(slot);
    return found;
  }
}
