import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

// The built binary, run as a user would, for the end-to-end tests that need their own
// surroundings: a working directory, an environment, streams set up by a shell.

/** bin/car-brief.js of this checkout. */
export const BIN = join(ROOT, 'bin/car-brief.js');

/** What a run of the binary left behind. */
export interface BinResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Where and with what the binary runs: the whole environment is given (nothing inherited). */
export interface Surroundings {
  readonly cwd: string;
  readonly env: Record<string, string>;
}

/** Runs the binary with args and waits for it. */
export function runBin(args: readonly string[], where: Surroundings): BinResult {
  const { status, stdout, stderr } = spawnSync(process.execPath, [BIN, ...args], {
    ...where,
    encoding: 'utf8',
  });
  return { code: status, stdout, stderr };
}

/** Runs the binary without waiting, so that several runs overlap. */
export function startBin(args: readonly string[], where: Surroundings): Promise<BinResult> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [BIN, ...args], where);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', failed);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Runs a bash script (which finds the binary as "$BIN" and node as "$NODE") and waits for it. */
export function runShell(script: string, where: Surroundings): BinResult {
  const { status, stdout, stderr } = spawnSync('bash', ['-c', script], {
    cwd: where.cwd,
    env: { ...where.env, BIN, NODE: process.execPath },
    encoding: 'utf8',
  });
  return { code: status, stdout, stderr };
}
