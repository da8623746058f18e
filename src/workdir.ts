import { isAbsolute } from 'node:path';
import { UsageError } from './errors.js';

/**
 * Where a run resolves the dataset directory, and the environment its loading sees. Without a
 * working directory (it was removed while a shell was in it) an absolute directory still works:
 * paths are then shown relative to it, and a relative CAR_BRIEF_CACHE_DIR, which leads nowhere,
 * turns the cache off. A relative directory cannot be found: a UsageError says why.
 */
export function baseDirectory(
  cwd: string | undefined,
  dir: string,
  origin: string,
  env: NodeJS.ProcessEnv,
): { cwd: string; env: NodeJS.ProcessEnv } {
  if (cwd !== undefined) return { cwd, env };
  if (!isAbsolute(dir)) {
    throw new UsageError(
      `the working directory no longer exists, so ${origin} ${dir} cannot be found; give an absolute path`,
    );
  }
  const cacheDir = env.CAR_BRIEF_CACHE_DIR;
  return {
    cwd: dir,
    env: cacheDir && !isAbsolute(cacheDir) ? { ...env, CAR_BRIEF_NO_CACHE: '1' } : env,
  };
}
