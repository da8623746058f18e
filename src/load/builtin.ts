import { checkDataset } from './index.js';
import { BUILTIN_DATA } from '../paths.js';

/** The built-in dataset, checked and compiled: written into dist/ when car-brief is built. */
export async function compileBuiltin(): Promise<Buffer> {
  const built = await checkDataset(BUILTIN_DATA, { cwd: process.cwd(), env: {}, cache: false });
  return built.compiled;
}
