import { memorySource } from '../dataset/container.js';
import { Dataset } from '../dataset/dataset.js';
import type { AsOf } from '../model/as-of.js';
import type { Citation, Claim, Collections, Disagreement, Event, Issue, Source } from '../model/records.js';
import { dateEnds } from '../model/windows.js';

// A dataset as it stood on the as-of date (--as-of). Left out: sources added after it (their
// `added` day), events whose date begins after it, issues whose `since` begins after it; then
// every citation of a source left out, and the events, issues and claims left with no citation;
// claims about an event or issue left out; and every reference to what was left out. Actors stay
// (a name is not news), without the citations of sources left out. When nothing is later, the
// dataset is returned as it is: the usual case costs a look at the dates, and no compiling.

/** The dataset as of the date: itself when nothing in it is later, else a copy compiled without what is. */
export async function datasetAsOf(dataset: Dataset, asOf: AsOf): Promise<Dataset> {
  const later = laterIds(dataset, asOf);
  if (later.size === 0) return dataset;
  const collections = withoutLater(dataset, later);
  const { compileDataset } = await import('./compile/compile.js');
  const { files, texts, datasetFile, info } = dataset.meta;
  const compiled = compileDataset(collections, { files, texts, datasetFile, info });
  return Dataset.open(memorySource(compiled), dataset.dir)!;
}

// The ids of the sources, events and issues dated after the as-of date.
function laterIds(dataset: Dataset, asOf: AsOf): Set<string> {
  const later = new Set<string>();
  for (const source of dataset.sources)
    if (source.added !== undefined && source.added > asOf.day) later.add(source.id);
  const [first, end] = dataset.range('events');
  for (let slot = first; slot < end; slot++) {
    if (dataset.eventSpanAt(slot).start > asOf.end) later.add(dataset.idAt(slot));
  }
  for (const issue of dataset.issues) {
    const start = issue.since === undefined ? undefined : dateEnds(issue.since).start;
    if (start !== undefined && start > asOf.end) later.add(issue.id);
  }
  return later;
}

/** The records of a dataset without the later ones, and without what rests only on them. */
export function withoutLater(dataset: Dataset, later: ReadonlySet<string>): Collections {
  const gone = new Set(later);
  const cites = (c: Citation) => !gone.has(c.source);
  const keeps = (record: { id: string; sources: readonly Citation[] }) =>
    !gone.has(record.id) && record.sources.some(cites);
  // Events and issues first (left out: later, or citing nothing left); then the claims about them.
  for (const record of [...dataset.events, ...dataset.issues]) if (!keeps(record)) gone.add(record.id);
  for (const claim of dataset.claims) {
    if (!keeps(claim) || claim.about.some((id) => gone.has(id))) gone.add(claim.id);
  }
  const kept = <T extends { id: string }>(records: readonly T[]) => records.filter((r) => !gone.has(r.id));
  const trim = <T extends { sources: readonly Citation[]; disagreements?: readonly Disagreement[] }>(
    record: T,
  ): T => ({
    ...record,
    sources: record.sources.filter(cites),
    ...disagreementsWithout(record, gone),
  });
  const ids = (list: readonly string[]) => list.filter((id) => !gone.has(id));
  return {
    sources: kept(dataset.sources).map((s): Source => {
      if (s.derived_from === undefined || !gone.has(s.derived_from)) return s;
      const copy = { ...s };
      delete copy.derived_from;
      return copy;
    }),
    actors: dataset.actors.map(trim),
    events: kept(dataset.events).map((e): Event => ({ ...trim(e), issues: ids(e.issues) })),
    issues: kept(dataset.issues).map((i): Issue => trim(i)),
    claims: kept(dataset.claims).map((c): Claim => trim(c)),
  };
}

// A record's disagreements without passages of sources left out and without records left out;
// a disagreement left with fewer than two passages is no longer one.
function disagreementsWithout(
  record: { disagreements?: readonly Disagreement[] },
  gone: ReadonlySet<string>,
): { disagreements?: Disagreement[] } {
  if (record.disagreements === undefined) return {};
  const list = record.disagreements.flatMap((d) => {
    const passages = d.passages.filter((c) => !gone.has(c.source));
    if (passages.length < 2) return [];
    const records = d.records?.filter((id) => !gone.has(id));
    return [{ ...d, passages, ...(records === undefined ? {} : { records }) }];
  });
  return { disagreements: list };
}
