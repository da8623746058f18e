import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The end-to-end tests run bin/car-brief.js, which runs dist/: build it first, so that no test
// ever passes or fails on a stale build.
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, [`${root}scripts/build.js`], { cwd: root, stdio: 'inherit' });
}
