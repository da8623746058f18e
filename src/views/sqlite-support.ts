import type { Citation, Source } from '../model/records.js';

// A record's support, as the SQLite export counts it: the distinct sources it cites, and the
// distinct origins they come to once each source's derived_from is followed (a wire story and
// the papers that reprint it are one origin). The shared count (issue 16) replaces this one when
// it lands; until then the export keeps its own, small and by the same rule.

/** How many sources a record cites, and how many independent origins they come from. */
export interface ExportSupport {
  readonly sources: number;
  readonly independent: number;
}

/** Counts a record's support from its citations; sources gives each source's derived_from. */
export function exportSupportCounter(
  sources: readonly Source[],
): (citations: readonly Citation[]) => ExportSupport {
  const derivedFrom = new Map(sources.map((source) => [source.id, source.derived_from] as const));
  // A source's origin: the end of its derived_from chain (validation refuses loops; one is cut
  // where it comes back, all the same).
  const originOf = (id: string): string => {
    const seen = new Set<string>();
    let at = id;
    for (let next = derivedFrom.get(at); next !== undefined && !seen.has(next); next = derivedFrom.get(at)) {
      seen.add(at);
      at = next;
    }
    return at;
  };
  return (citations) => {
    const cited = new Set(citations.map((citation) => citation.source));
    return { sources: cited.size, independent: new Set([...cited].map(originOf)).size };
  };
}
