import type { Dataset } from '../dataset/dataset.js';
import type { DateSpan } from '../model/dates.js';

// A record's support: the sources its citations name, and how many of them are independent.
// Independence follows derived_from and nothing else: a source that declares it only repeats
// another (a wire story republished, a report that quotes another) shares that one's origin, and
// sources with distinct origins are independent, whoever publishes them (docs/data-format.md).

/** How many sources a record (or a set of records) rests on, and the latest of them. */
export interface Support {
  /** Distinct sources cited. */
  readonly sources: number;
  /** Distinct origins of those sources, derived_from followed to its end. */
  readonly independent: number;
  /** The published date (EDTF) of the latest source cited, or null when none is cited. */
  readonly latest: string | null;
}

/** What support needs to know of a source: what it derives from, and its published date with that date's span. */
export interface SourceFacts {
  readonly derivedFrom?: string | undefined;
  readonly published: string;
  readonly span: DateSpan;
}

/** The support of some citations (a record's, or all the records of a brief). */
export type SupportOf = (citations: Iterable<{ readonly source: string }>) => Support;

/**
 * The origin of a source: derived_from followed until a source that derives from nothing (or is
 * not known). A loop, which validate refuses, ends the walk where it comes back.
 */
export function originOf(id: string, derivedFrom: (id: string) => string | undefined): string {
  const seen = new Set<string>();
  let at = id;
  for (let next = derivedFrom(at); next !== undefined && !seen.has(next); next = derivedFrom(at)) {
    seen.add(at);
    at = next;
  }
  return at;
}

/**
 * Counts support: each source id once, however often it is cited; each origin once, cited or not
 * (three outlets carrying one wire story are one independent source). The latest source is the one
 * whose date can end latest (then start latest; then the first cited).
 */
export function countSupport(
  citations: Iterable<{ readonly source: string }>,
  factsOf: (id: string) => SourceFacts | undefined,
): Support {
  const ids = new Set<string>();
  for (const citation of citations) ids.add(citation.source);
  const origins = new Set<string>();
  let latest: SourceFacts | undefined;
  for (const id of ids) {
    origins.add(originOf(id, (at) => factsOf(at)?.derivedFrom));
    const facts = factsOf(id);
    if (facts && (latest === undefined || later(facts.span, latest.span))) latest = facts;
  }
  return { sources: ids.size, independent: origins.size, latest: latest?.published ?? null };
}

// True when span a ends after b (or ends with it and starts after it); a span of NaN is never later.
function later(a: DateSpan, b: DateSpan): boolean {
  if (Number.isNaN(a.end)) return false;
  if (Number.isNaN(b.end)) return true;
  return a.end > b.end || (a.end === b.end && a.start > b.start);
}

/** The support of citations in a dataset; what is learnt of each source is kept for the next record. */
export function supportIn(dataset: Dataset): SupportOf {
  const known = new Map<string, SourceFacts | undefined>();
  const factsOf = (id: string): SourceFacts | undefined => {
    if (known.has(id)) return known.get(id);
    const entry = dataset.get(id);
    const facts =
      entry?.type === 'source'
        ? {
            derivedFrom: entry.record.derived_from,
            published: entry.record.published,
            span: dataset.publishedSpanAt(dataset.slotOf(entry.record)),
          }
        : undefined;
    known.set(id, facts);
    return facts;
  };
  return (citations) => countSupport(citations, factsOf);
}
