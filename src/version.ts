import { readFileSync } from 'node:fs';

/** car-brief's version, from its package.json. */
export const VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

// Set by the build (scripts/build.js): a hash of the bundled code and the locked dependencies.
declare const __CAR_BRIEF_BUILD__: string | undefined;

/**
 * The build of car-brief that is running: what compiled data and cache entries must have been
 * made by to be used, since a change of code can change what they should hold. Run from the
 * sources (the tests), car-brief takes the identity of the last build (dist/build-id).
 */
export const BUILD: string = typeof __CAR_BRIEF_BUILD__ === 'string' ? __CAR_BRIEF_BUILD__ : lastBuild();

function lastBuild(): string {
  try {
    return readFileSync(new URL('../dist/build-id', import.meta.url), 'utf8').trim();
  } catch {
    return `source-${VERSION}`;
  }
}
