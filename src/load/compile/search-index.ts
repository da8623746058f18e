import { SEARCH_FIELDS, type SearchField, type SearchSection } from '../../dataset/compiled.js';
import { fnv1a32 } from '../../model/hash.js';
import { recordNames, searchNames } from '../../model/names.js';
import { formatNumber } from '../../model/numbers.js';
import type { DatasetRecord } from '../../model/records.js';
import { searchWords } from '../../model/words.js';

/**
 * How much of one field of a record search indexes, in characters: far more than any title,
 * summary or quote, and a bound on what a huge value can cost the index (its words are otherwise
 * as many as its length allows).
 */
export const MAX_INDEXED_TEXT = 20_000;

/** Builds the inverted index of every record's words, by field (see SearchSection). */
export function buildSearchIndex(entries: readonly DatasetRecord[]): SearchSection {
  const vocabulary = new Map<string, Map<number, number[]>>();
  const names: [hash: number, slot: number][] = [];
  entries.forEach((entry, slot) => {
    const words = fieldWords(entry);
    SEARCH_FIELDS.forEach((field, f) => {
      for (const word of words[field]) {
        let groups = vocabulary.get(word);
        if (!groups) vocabulary.set(word, (groups = new Map()));
        let slots = groups.get(f);
        if (!slots) groups.set(f, (slots = []));
        if (slots[slots.length - 1] !== slot) slots.push(slot);
      }
    });
    for (const name of searchNames(entry)) names.push([fnv1a32(name), slot]);
  });
  const wordStart: number[] = [0];
  const groupField: number[] = [];
  const groupStart: number[] = [0];
  const slots: number[] = [];
  for (const groups of vocabulary.values()) {
    for (const [field, list] of groups) {
      groupField.push(field);
      for (const slot of list) slots.push(slot);
      groupStart.push(slots.length);
    }
    wordStart.push(groupField.length);
  }
  return {
    words: [...vocabulary.keys()],
    wordStart: Uint32Array.from(wordStart),
    groupField: Uint8Array.from(groupField),
    groupStart: Uint32Array.from(groupStart),
    slots: Uint32Array.from(slots),
    ...sortedNames(names),
  };
}

// The name hashes in order (then by slot), each with its slot.
function sortedNames(names: [number, number][]): Pick<SearchSection, 'nameHashes' | 'nameSlots'> {
  const unique = [
    ...new Map(names.map(([hash, slot]) => [`${hash}:${slot}`, [hash, slot] as const])).values(),
  ];
  unique.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return {
    nameHashes: Uint32Array.from(unique, ([hash]) => hash),
    nameSlots: Uint32Array.from(unique, ([, slot]) => slot),
  };
}

// The words of each field of a record, as search compares them.
function fieldWords(entry: DatasetRecord): Record<SearchField, string[]> {
  const record = entry.record as Record<string, unknown>;
  const join = (values: unknown[]) => values.filter((v): v is string => typeof v === 'string').join(' · ');
  const sources = (record.sources as { quote: string }[] | undefined) ?? [];
  const figures = (record.figures as { value: number; unit: string; of: string }[] | undefined) ?? [];
  const text: Record<SearchField, string> = {
    name: entry.type === 'actor' || entry.type === 'source' ? join(recordNames(entry).all.slice(1)) : '',
    title: entry.type === 'event' || entry.type === 'issue' ? entry.record.title : '',
    id: entry.record.id.replace(/-/g, ' '),
    statement: join([record.statement]),
    figures: join(figures.flatMap((f) => [String(f.value), formatNumber(f.value), f.unit, f.of])),
    tags: join([...((record.tags as string[] | undefined) ?? []), record.type, record.kind, record.status]),
    summary: join([record.summary, record.notes, record.date_note, record.attribution]),
    quote: join(sources.map((s) => s.quote)),
  };
  return Object.fromEntries(
    SEARCH_FIELDS.map((f) => [f, searchWords(text[f].slice(0, MAX_INDEXED_TEXT))]),
  ) as Record<SearchField, string[]>;
}
