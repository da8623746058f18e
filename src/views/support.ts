import { humanAge } from '../model/human-dates.js';
import type { Support } from '../query/support.js';

// Support in words, the same everywhere a writer decides what to trust: "1 source",
// "3 sources, 2 independent" (the count of independent ones only when it differs), and the age of
// the support: "1 source, late 2024", "3 sources, latest Nov 2026".

/** "1 source", "2 sources", "3 sources, 2 independent"; "no source" when nothing is cited. */
export function supportWords(support: Support): string {
  const { sources, independent } = support;
  if (sources === 0) return 'no source';
  const count = `${sources} source${sources === 1 ? '' : 's'}`;
  return independent === sources ? count : `${count}, ${independent} independent`;
}

/** How old the support is: the latest source's date ("late 2024"; "latest Nov 2026" of several). */
export function supportAge(support: Support): string {
  if (support.latest === null) return '';
  const age = humanAge(support.latest);
  return support.sources > 1 ? `latest ${age}` : age;
}

/** The count and the age: "1 source, late 2024", "3 sources, 2 independent, latest Nov 2026". */
export function supportPhrase(support: Support): string {
  return [supportWords(support), supportAge(support)].filter(Boolean).join(', ');
}
