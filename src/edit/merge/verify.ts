import { isDeepStrictEqual as same } from 'node:util';
import { sideOf } from './decide.js';
import { readRecordFile } from './record-file.js';

// A merged file must read back as exactly the records the merge decided: every record kept,
// merged or added, with its decided value, and, for each conflict, that side's version of the
// record when the conflict is resolved to that side. Nothing is lost or made up unnoticed.

/** Why the merged text does not hold what was decided, or undefined when it does. */
export function checkMerged(
  text: string,
  expected: ReadonlyMap<string, unknown>,
  sides: { readonly ours: ReadonlyMap<string, unknown>; readonly theirs: ReadonlyMap<string, unknown> },
): string | undefined {
  for (const side of ['ours', 'theirs'] as const) {
    const resolved = sideOf(text, side);
    const file = readRecordFile(resolved);
    const where = sides.ours.size + sides.theirs.size > 0 ? ` (conflicts resolved to ${side})` : '';
    if ('unsupported' in file) return `the merged file would not read back${where}: ${file.unsupported}`;
    const want = new Map([...expected, ...sides[side]]);
    const got = new Map(file.records.map((record) => [record.id, record.value] as const));
    const wrong = [...new Set([...want.keys(), ...got.keys()])].filter(
      (id) => !same(want.get(id), got.get(id)),
    );
    if (wrong.length > 0)
      return `the merged file would not read back as the merged records${where}: ${wrong.join(', ')}`;
    if (sides.ours.size + sides.theirs.size === 0) break;
  }
  return undefined;
}
