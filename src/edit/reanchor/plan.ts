import { Reanchorer, type AnchorStatus, type Candidate } from './anchor.js';
import type { CitationSite } from './citations.js';
import type { FileEdit } from './rewrite.js';

// The plan of `sources update`: every citation of the source with where its quote is in the new
// text, and what writing it would do: which citations get a new paragraph number (moved), a new
// quote (changed, when accepted), or are taken out (orphaned, when the writer says so); and which
// stop the writing until the writer decides.

/** The statuses in the order the plan shows them. */
export const STATUSES: readonly AnchorStatus[] = ['exact', 'moved', 'changed', 'orphaned'];

/** One citation of the source, re-anchored. */
export interface PlanEntry {
  readonly site: CitationSite;
  readonly status: AnchorStatus;
  readonly newParagraph: number | null;
  readonly newQuote: string | null;
  readonly similarity: number | null;
  readonly reason?: string | undefined;
  readonly candidates?: readonly Candidate[] | undefined;
}

/** What the writer has decided: take the changed quotes, take out the orphaned citations. */
export interface Decisions {
  readonly acceptChanged: boolean;
  readonly dropOrphaned: boolean;
}

/** A citation that stops the writing, and what the writer can do about it. */
export interface Undecided {
  readonly entry: PlanEntry;
  /** Why it cannot be taken out: the only citation of its record, or one of two passages of a disagreement. */
  readonly lastOne?: string;
}

/** Every citation of the source in the sites, re-anchored from the old paragraphs to the new. */
export function planReanchor(
  sites: readonly CitationSite[],
  before: readonly string[],
  after: readonly string[],
): PlanEntry[] {
  const reanchorer = new Reanchorer(before, after);
  return sites.map((site) => {
    const anchor = reanchorer.anchor(site.paragraph, site.quote);
    return {
      site,
      status: anchor.status,
      newParagraph: anchor.paragraph,
      newQuote: anchor.quote,
      similarity: anchor.similarity,
      ...(anchor.reason !== undefined ? { reason: anchor.reason } : {}),
      ...(anchor.candidates !== undefined ? { candidates: anchor.candidates } : {}),
    };
  });
}

/** How many citations have each status. */
export function countStatuses(entries: readonly PlanEntry[]): Record<AnchorStatus, number> {
  const counts: Record<AnchorStatus, number> = { exact: 0, moved: 0, changed: 0, orphaned: 0 };
  for (const entry of entries) counts[entry.status]++;
  return counts;
}

/** The citations that stop the writing under these decisions (none: it may go ahead). */
export function undecided(entries: readonly PlanEntry[], decisions: Decisions): Undecided[] {
  const dropped = droppable(entries);
  return entries.flatMap((entry): Undecided[] => {
    if (entry.status === 'changed' && !decisions.acceptChanged) return [{ entry }];
    if (entry.status !== 'orphaned') return [];
    const lastOne = dropped.get(entry);
    if (decisions.dropOrphaned && lastOne === undefined) return [];
    return [{ entry, ...(lastOne !== undefined ? { lastOne } : {}) }];
  });
}

// Each orphaned citation, with why it cannot be taken out (undefined: it can): a record keeps at
// least one citation, a disagreement at least two passages.
function droppable(entries: readonly PlanEntry[]): Map<PlanEntry, string | undefined> {
  const orphans = new Map<string, PlanEntry[]>();
  for (const entry of entries) {
    if (entry.status !== 'orphaned') continue;
    const list = listKey(entry.site);
    orphans.set(list, [...(orphans.get(list) ?? []), entry]);
  }
  const reasons = new Map<PlanEntry, string | undefined>();
  for (const list of orphans.values()) {
    const { site } = list[0]!;
    const keep = site.path[1] === 'sources' ? 1 : 2;
    const left = site.siblings - list.length;
    const reason =
      left >= keep
        ? undefined
        : keep === 1
          ? `${site.record} has no other citation`
          : `disagreement ${Number(site.path[2]) + 1} of ${site.record} would be left with fewer than two passages`;
    for (const entry of list) reasons.set(entry, reason);
  }
  return reasons;
}

// The list a citation is an item of: its record's sources, or one disagreement's passages.
function listKey(site: CitationSite): string {
  return `${site.file.path}\0${site.path.slice(0, -1).join('\0')}`;
}

/** The edits to each collection file that writing the plan makes (by file path): new anchors, citations taken out. */
export function editsOf(entries: readonly PlanEntry[]): Map<string, FileEdit[]> {
  const edits = new Map<string, FileEdit[]>();
  const add = (path: string, edit: FileEdit) => edits.set(path, [...(edits.get(path) ?? []), edit]);
  for (const entry of entries) {
    const { site } = entry;
    if (entry.status === 'orphaned') add(site.file.path, { kind: 'remove', path: site.path });
    else if (entry.newParagraph !== site.paragraph || entry.newQuote !== site.quote)
      add(site.file.path, {
        kind: 'cite',
        path: site.path,
        paragraph: entry.newParagraph!,
        quote: entry.newQuote!,
      });
  }
  return edits;
}
