const PLAIN = /^[a-z0-9 -]*$/;

/**
 * Orders text as String.prototype.localeCompare does, without loading the locale collation
 * (costly at start-up) for the common case: for lower-case letters, digits, spaces and hyphens
 * (ids, folded names) the collation order is the code-point order.
 */
export function compareText(a: string, b: string): number {
  if (PLAIN.test(a) && PLAIN.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}
