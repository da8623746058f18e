import { isDeepStrictEqual as same } from 'node:util';

// What a three-way merge does with one record, from its value in the base and on each side
// (undefined where a side does not have it): keep ours, take a value merged field by field,
// delete it, or give up on it as a conflict, with the fields changed two ways.

type Value = Readonly<Record<string, unknown>>;

/** What becomes of one record of our file. */
export type Decision =
  | { readonly kind: 'keep' }
  | { readonly kind: 'delete' }
  | { readonly kind: 'merge'; readonly value: Record<string, unknown> }
  | { readonly kind: 'conflict'; readonly why: string; readonly fields: readonly string[] };

/** Decides one record we have (ours), from the base's and their versions (see above). */
export function decide(base: Value | undefined, ours: Value, theirs: Value | undefined): Decision {
  if (theirs === undefined) {
    if (base === undefined) return { kind: 'keep' }; // added by us
    if (same(ours, base)) return { kind: 'delete' }; // deleted by them, left alone by us
    return { kind: 'conflict', why: 'changed on our side, deleted on theirs', fields: [] };
  }
  if (same(ours, theirs) || (base !== undefined && same(theirs, base))) return { kind: 'keep' };
  const value: Record<string, unknown> = {};
  const fields: string[] = [];
  const from = base ?? {};
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const [o, a, b] = [from[key], ours[key], theirs[key]];
    const taken = same(a, b) || same(b, o) ? a : same(a, o) ? b : CONFLICT;
    if (taken === CONFLICT) fields.push(key);
    else if (taken !== undefined) value[key] = taken;
  }
  if (fields.length === 0) return { kind: 'merge', value };
  const why = `${fields.join(', ')} ${base === undefined ? 'added on both sides' : 'changed'} two ways`;
  return { kind: 'conflict', why, fields };
}

const CONFLICT = Symbol('conflict');

/** Git's conflict markers around our version and theirs (either may be empty: deleted). */
export function conflictText(ours: string, theirs: string, eol: string): string {
  return `<<<<<<< ours${eol}${ours}=======${eol}${theirs}>>>>>>> theirs${eol}`;
}

/** The text with each conflict resolved to one side's version (the markers taken out). */
export function sideOf(text: string, side: 'ours' | 'theirs'): string {
  let at: 'both' | 'ours' | 'theirs' = 'both';
  return text
    .split(/(?<=\n)/)
    .filter((line) => {
      const bare = line.replace(/\r?\n$/, '');
      if (at === 'both' && bare === '<<<<<<< ours') return ((at = 'ours'), false);
      if (at === 'ours' && bare === '=======') return ((at = 'theirs'), false);
      if (at === 'theirs' && bare === '>>>>>>> theirs') return ((at = 'both'), false);
      return at === 'both' || at === side;
    })
    .join('');
}
