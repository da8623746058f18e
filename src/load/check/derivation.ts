import type { Problem } from '../../model/problem.js';
import type { Source } from '../../model/records.js';
import type { Located } from '../parse/located.js';
import { problemAt } from '../parse/yaml-file.js';

/**
 * A source's derived_from leads to its origin: following it must end at a source that derives
 * from nothing. A source that derives from itself, or a chain that comes back to where it started,
 * has no origin, and each source on such a loop is reported. (An id that names no source is
 * reported as a reference.)
 */
export function checkDerivations(sources: readonly Located<Source>[]): Problem[] {
  const byId = new Map(sources.map((located) => [located.record.id, located] as const));
  const problems: Problem[] = [];
  const settled = new Set<string>(); // sources whose chain is known to end at an origin, or to loop
  for (const start of sources) {
    const chain: string[] = [];
    let id: string | undefined = start.record.id;
    while (id !== undefined && !settled.has(id) && !chain.includes(id)) {
      chain.push(id);
      id = byId.get(id)?.record.derived_from;
    }
    chain.forEach((seen) => settled.add(seen));
    if (id === undefined || !chain.includes(id)) continue;
    // The loop is the part of the chain from where it came back.
    const loop = chain.slice(chain.indexOf(id));
    for (const member of loop) {
      const { file, path } = byId.get(member)!;
      const message =
        loop.length === 1
          ? 'a source cannot derive from itself'
          : `derived_from goes round in a loop: ${[...rotate(loop, member), member].join(' → ')}; one of them must be the origin`;
      problems.push(problemAt(file, [...path, 'derived_from'], message));
    }
  }
  return problems;
}

// The loop told from member's point of view.
function rotate(loop: readonly string[], member: string): string[] {
  const at = loop.indexOf(member);
  return [...loop.slice(at), ...loop.slice(0, at)];
}
