import { execFile } from 'node:child_process';
import { UsageError } from '../../errors.js';

// git itself, run as a child process (no shell): history, file contents at a revision and text
// merges are git's, not a copy of its logic.

/** Where git runs, and with which environment. */
export interface GitPlace {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/** What a run of git gave: its exit code and output. */
export interface GitResult {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** The most one run of git may print: a collection file at a revision, with room to spare. */
const MAX_OUTPUT = 512 * 1024 * 1024;

/** Runs git with args (and input on its standard input); a missing git is a usage error saying so, any exit code comes back. */
export function runGit(args: readonly string[], place: GitPlace, input?: string): Promise<GitResult> {
  return new Promise((done, failed) => {
    const child = execFile(
      'git',
      args,
      {
        cwd: place.cwd,
        // No pager, no prompt, no lock taken on the index just to read. (An environment given
        // without PATH, as a test's may be, still finds git where this process would.)
        env: {
          PATH: process.env.PATH,
          ...place.env,
          GIT_PAGER: 'cat',
          GIT_TERMINAL_PROMPT: '0',
          GIT_OPTIONAL_LOCKS: '0',
        },
        encoding: 'buffer',
        maxBuffer: MAX_OUTPUT,
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        const code = (error as (Error & { code?: unknown }) | null)?.code;
        if (code === 'ENOENT') failed(new UsageError('git was not found (is it installed, and on PATH?)'));
        else if (error && typeof code !== 'number') failed(error);
        else done({ code: typeof code === 'number' ? code : 0, stdout, stderr: stderr.toString('utf8') });
      },
    );
    child.stdin?.on('error', () => {}); // (git gone before reading it all: its exit says why)
    child.stdin?.end(input ?? '');
  });
}

/** git's first line of complaint, for a message: "fatal: not a git repository …" without "fatal: ". */
export function gitComplaint(result: GitResult): string {
  const line =
    result.stderr.split('\n').find((text) => text.trim() !== '') ?? `git exited with ${result.code}`;
  return line.replace(/^(fatal|error): /, '').trim();
}
