import { fileURLToPath } from 'node:url';

/** The dataset shipped with car-brief (data/ at the package root, from src/ or dist/ alike). */
export const BUILTIN_DATA = fileURLToPath(new URL('../data/', import.meta.url));

/** The built-in dataset compiled when car-brief is built (npm run build). */
export const BUILTIN_COMPILED = fileURLToPath(new URL('../dist/builtin-data.bin', import.meta.url));

/** The dataset to use: --data, else CAR_BRIEF_DATA, else the built-in one. */
export function dataDir(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return flag ?? (env.CAR_BRIEF_DATA || BUILTIN_DATA);
}

/** The JSON Schemas of the data files, installed with car-brief (schema/ at the package root). */
export const SCHEMA_DIR = fileURLToPath(new URL('../schema/', import.meta.url));
