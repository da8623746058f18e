import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';
import { freeId, slugOf } from '../model/slug.js';
import type { SourceKind } from '../model/vocabulary.js';
import type { FileMeta } from './extract/extracted.js';

// The record `sources add` appends: what the flags say, else what the file says about itself,
// and what car-brief knows (where the text is kept, its SHA-256, the day it was added).

/** What the writer says of a new source (the flags of sources add). */
export interface SourceFlags {
  readonly id?: string | undefined;
  readonly title?: string | undefined;
  readonly author?: string | undefined;
  readonly publisher?: string | undefined;
  readonly published?: string | undefined;
  readonly inferred?: boolean | undefined;
  readonly url?: string | undefined;
  readonly kind?: string | undefined;
  readonly derivedFrom?: string | undefined;
  readonly label?: string | undefined;
  readonly notes?: string | undefined;
}

/** A new source's record, its fields in the order the dataset writes them. */
export interface NewSourceRecord {
  readonly id: string;
  readonly kind: SourceKind;
  readonly label: string;
  readonly title: string | null;
  readonly author: string | null;
  readonly publisher: string | null;
  readonly published: string;
  readonly published_basis: 'stated' | 'inferred';
  readonly url: string | null;
  readonly derived_from?: string;
  readonly text: string;
  readonly sha256: string;
  readonly added: string;
  readonly notes?: string;
}

/** The text file of paragraphs, as the dataset keeps it: one paragraph a line, a line break after each. */
export function textFileOf(paragraphs: readonly string[]): string {
  return paragraphs.map((paragraph) => `${paragraph}\n`).join('');
}

/** SHA-256 of a text (its UTF-8 bytes), in hex. */
export function sha256Of(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Where a source's text is kept in the dataset. */
export function textPathOf(id: string): string {
  return `texts/${id}.txt`;
}

/**
 * The date of publication a page states (2024-11-05T09:30:00+05:00, 2024-11-05, 2024-11, 2024) as
 * EDTF: the day as the page writes it, in its own time zone; undefined for any other form.
 */
export function pageDate(value: string | undefined): string | undefined {
  return value === undefined ? undefined : /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:$|T)/.exec(value.trim())?.[1];
}

/**
 * The new source's record. Its id is --id, else made from its title (or publisher or author) and
 * year, the first such id not taken (taken() says which are: every record's, and every text file's).
 */
export function newSourceRecord(
  flags: SourceFlags,
  meta: FileMeta,
  known: { readonly sha256: string; readonly added: string; readonly taken: (id: string) => boolean },
): NewSourceRecord {
  const given = (value: string | undefined) =>
    value === undefined || value.trim() === '' ? undefined : value.trim();
  const title = given(flags.title) ?? meta.title ?? null;
  const author = given(flags.author) ?? meta.author ?? null;
  const publisher = given(flags.publisher) ?? meta.publisher ?? null;
  if (flags.inferred && given(flags.published) === undefined)
    throw new UsageError('--inferred says the --published date is inferred: give --published too');
  const published = given(flags.published) ?? pageDate(meta.published);
  if (published === undefined) {
    const stated =
      meta.published !== undefined ? ` (the page's "${meta.published}" is not a date car-brief reads)` : '';
    throw new UsageError(
      `--published is needed: the text gives no date of publication${stated}; give it as EDTF: 2024-11-05, 2024-11, 2024, or 2024-09/2024-12 with --inferred`,
    );
  }
  const kind = (given(flags.kind)?.toLowerCase() ?? 'article') as SourceKind;
  const id = given(flags.id) ?? freeId(baseId(title ?? publisher ?? author, published), known.taken);
  const label =
    given(flags.label) ??
    title ??
    `Untitled ${kind} (${[publisher ?? author, published].filter(Boolean).join(', ')})`;
  const derivedFrom = given(flags.derivedFrom);
  const notes = given(flags.notes);
  return {
    id,
    kind,
    label,
    title,
    author,
    publisher,
    published,
    published_basis: flags.inferred ? 'inferred' : 'stated',
    url: given(flags.url) ?? meta.url ?? null,
    ...(derivedFrom !== undefined ? { derived_from: derivedFrom } : {}),
    text: textPathOf(id),
    sha256: known.sha256,
    added: known.added,
    ...(notes !== undefined ? { notes } : {}),
  };
}

// An id from a name and the year of publication: rail-pact-signed-2024; "source-2024" without a name.
function baseId(name: string | null, published: string): string {
  const slug = slugOf(name ?? '') || 'source';
  const year = /^\d{4}/.exec(published)?.[0];
  return year === undefined || slug.split('-').includes(year) ? slug : `${slug}-${year}`;
}
