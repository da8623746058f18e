import type { Problem } from '../../model/problem.js';
import type { Citation, DatasetRecord, Disagreement } from '../../model/records.js';
import { referencesOf, type Target } from '../../model/references.js';
import { didYouMean } from '../../model/suggest.js';
import type { Located, LocatedDataset } from '../parse/located.js';
import { problemAt } from '../parse/yaml-file.js';
import { checkCitations } from './citations.js';
import { checkDerivations } from './derivation.js';
import { checkDisagreements } from './disagreements.js';
import { checkNames } from './names.js';

/** Stands for every id of a file that could not be read. */
export const ANY_ID = '*';

type Entry = {
  readonly type: keyof LocatedDataset;
  readonly located: Located<{
    id: string;
    sources?: readonly Citation[];
    disagreements?: readonly Disagreement[];
  }>;
  readonly kind?: string;
};

/** Cross-record checks: unique ids, resolvable references, citations (see citation-checks.ts), unambiguous names. */
export function checkIntegrity(
  data: LocatedDataset,
  texts: ReadonlyMap<string, readonly string[]>,
  unchecked: ReadonlySet<string> = new Set(),
): Problem[] {
  const problems: Problem[] = [];
  const entries: Entry[] = [
    ...data.sources.map((located) => ({ type: 'sources' as const, located })),
    ...data.actors.map((located) => ({ type: 'actors' as const, located, kind: located.record.kind })),
    ...data.events.map((located) => ({ type: 'events' as const, located })),
    ...data.issues.map((located) => ({ type: 'issues' as const, located })),
    ...data.claims.map((located) => ({ type: 'claims' as const, located })),
  ];
  const byId = new Map<string, Entry>();
  for (const entry of entries) {
    const { record, file, path } = entry.located;
    const first = byId.get(record.id);
    if (first) {
      const at = problemAt(first.located.file, [...first.located.path, 'id'], '');
      problems.push(
        problemAt(
          file,
          [...path, 'id'],
          `duplicate id "${record.id}" (first used at ${at.file}:${at.line}:${at.col})`,
        ),
      );
    } else {
      byId.set(record.id, entry);
    }
  }
  for (const entry of entries) {
    const { file, path } = entry.located;
    for (const ref of referencesOf(asRecord(entry))) {
      const found = byId.get(ref.id);
      if (!found && (unchecked.has(ref.id) || unchecked.has(ANY_ID))) continue; // it may be in a record that failed
      const message = found
        ? mismatch(ref.target, found)
        : `unknown id "${ref.id}"${didYouMean(ref.id, idsOf(ref.target))}`;
      if (message) problems.push(problemAt(file, [...path, ...ref.path], message));
    }
  }
  problems.push(
    ...checkCitations(
      entries.map((e) => e.located),
      (id) => byId.get(id)?.type === 'sources',
      texts,
    ),
  );
  problems.push(...checkDisagreements(entries.map((e) => e.located)));
  problems.push(...checkDerivations(data.sources));
  problems.push(...checkNames(data.actors));
  return problems;

  // The ids a reference of this target may name, for "did you mean".
  function idsOf(target: Target): string[] {
    return [...byId.values()]
      .filter((entry) => !mismatch(target, entry))
      .map((entry) => entry.located.record.id);
  }
}

// Why a reference to an existing record of the wrong type is wrong, or undefined if it is fine.
function mismatch(target: Target, found: Entry): string | undefined {
  const id = found.located.record.id;
  switch (target) {
    case 'record':
      return found.type === 'sources'
        ? `"${id}" is a source; claims are about actors, events, issues or claims`
        : undefined;
    case 'country':
      return found.kind === 'country' || found.kind === 'group'
        ? undefined
        : `"${id}" is not a country or group of countries`;
    default:
      return found.type === `${target}s`
        ? undefined
        : `"${id}" is not ${/^[aeiou]/.test(target) ? 'an' : 'a'} ${target}`;
  }
}

// A located record as the dataset record it will become (collection name to record type).
function asRecord(entry: Entry): DatasetRecord {
  const type = entry.type.slice(0, -1) as DatasetRecord['type'];
  return { type, record: entry.located.record } as DatasetRecord;
}
