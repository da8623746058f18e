import type { Problem } from '../../model/problem.js';
import type { Disagreement } from '../../model/records.js';
import type { Located } from '../parse/located.js';
import { problemAt } from '../parse/yaml-file.js';

type Carrier = { readonly id: string; readonly disagreements?: readonly Disagreement[] };

/**
 * A disagreement that names other records is carried by each of them too (the same passages), so
 * that every view of an affected record says so; a record it names that does not carry it is a
 * problem. (Unknown ids are reported as references.)
 */
export function checkDisagreements(records: readonly Located<Carrier>[]): Problem[] {
  const ids = new Set(records.map((located) => located.record.id));
  const carried = new Map<string, Set<string>>();
  for (const { record } of records)
    for (const d of record.disagreements ?? [])
      carried.set(record.id, (carried.get(record.id) ?? new Set()).add(passagesKey(d)));
  const problems: Problem[] = [];
  for (const { record, file, path } of records) {
    record.disagreements?.forEach((d, i) =>
      d.records?.forEach((id, j) => {
        if (!ids.has(id) || id === record.id || carried.get(id)?.has(passagesKey(d))) return;
        problems.push(
          problemAt(
            file,
            [...path, 'disagreements', i, 'records', j],
            `"${id}" does not carry this disagreement: give it the same passages, so that its views say so`,
          ),
        );
      }),
    );
  }
  return problems;
}

// The passages of a disagreement, in any order, as one key.
function passagesKey(d: Disagreement): string {
  return d.passages
    .map((c) => `${c.source}\0${c.paragraph}\0${c.quote}`)
    .sort()
    .join('\n');
}
