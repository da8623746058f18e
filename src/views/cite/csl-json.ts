import { humanDate } from '../../model/human-dates.js';
import type { Source } from '../../model/records.js';

// Sources as CSL-JSON items (the input format of citeproc: Zotero imports it, pandoc --citeproc
// reads it as a bibliography). Field names are those of the CSL-JSON schema (csl-data.json):
// id, type, title, author, publisher, issued, URL, note, locator.

/** A CSL-JSON date: date-parts (one, or two for a range), circa for an uncertain or approximate date, or a literal. */
export interface CslDate {
  readonly 'date-parts'?: number[][];
  readonly circa?: boolean;
  readonly literal?: string;
}

/** One CSL-JSON item. */
export interface CslItem {
  readonly id: string;
  readonly type: string;
  readonly title: string;
  readonly author?: { readonly literal: string }[];
  readonly publisher?: string;
  readonly issued?: CslDate;
  readonly URL?: string;
  readonly note?: string;
  readonly locator?: string;
}

// Our source kinds as CSL item types (csl-data.json's enumeration).
const CSL_TYPES: Record<Source['kind'], string> = {
  article: 'article',
  report: 'report',
  book: 'book',
  speech: 'speech',
  dataset: 'dataset',
  'web-page': 'webpage',
  other: 'document',
};

/** An EDTF date (a day, month or year, or an interval of them) as a CSL date; a form without parts is a literal. */
export function cslDate(edtf: string): CslDate {
  const ends = edtf.split('/');
  if (ends.length > 2) return { literal: humanDate(edtf) };
  const known = ends.filter((end) => end !== '' && end !== '..');
  const parts = known.map((end) => /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?([?~%]?)$/.exec(end));
  if (known.length === 0 || parts.some((p) => p === null || Number(p[2] ?? 1) > 12)) {
    return { literal: humanDate(edtf) };
  }
  const dateParts = parts.map((p) =>
    p!
      .slice(1, 4)
      .filter((x) => x !== undefined)
      .map(Number),
  );
  const circa = parts.some((p) => p![4] !== '');
  return circa ? { 'date-parts': dateParts, circa: true } : { 'date-parts': dateParts };
}

/**
 * A source as a CSL-JSON item; with a paragraph, the item of that passage: its id gets "-p<n>"
 * and the paragraph is the locator. An untitled source is titled by its label (our description);
 * a date inferred from the text is said so in the note.
 */
export function cslItem(source: Source, paragraph?: number): CslItem {
  const note = [
    source.published_basis === 'inferred' ? 'Date inferred from the text.' : '',
    source.notes ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    id: paragraph === undefined ? source.id : `${source.id}-p${paragraph}`,
    type: CSL_TYPES[source.kind],
    title: source.title ?? source.label,
    ...(source.author ? { author: [{ literal: source.author }] } : {}),
    ...(source.publisher ? { publisher: source.publisher } : {}),
    issued: cslDate(source.published),
    ...(source.url ? { URL: source.url } : {}),
    ...(note ? { note } : {}),
    ...(paragraph === undefined ? {} : { locator: String(paragraph) }),
  };
}
