import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';

// An interactive shell in a pseudo-terminal, typed into as a person types: Tab runs the shell's
// real completion (readline, zle, fish's reader) and Enter runs the line as the shell parses it.
// The terminal comes from python3's pty module (Node has none without a native addon); python3
// is on every machine this project builds on, CI's included.

/** The shells a TypedShell can start. */
export type InteractiveShell = 'bash' | 'zsh' | 'fish';

/** Where the shell runs: its working directory and whole environment (nothing inherited). */
export interface ShellSurroundings {
  readonly cwd: string;
  readonly env: Record<string, string>;
}

// A prompt no typed line contains (the echo of the line that sets it reads '@@'READY'@@').
const PROMPT = '@@READY@@';
// How long one line may take to come back to the prompt: generous, for a loaded machine.
const LINE_TIMEOUT_MS = 90_000;

// Each shell started with no start-up files, and the line that sets its prompt.
const SHELLS: Record<InteractiveShell, { argv: string[]; prompt: string }> = {
  bash: { argv: ['bash', '--norc', '--noprofile', '-i'], prompt: `PS1='@@'READY'@@ '` },
  zsh: { argv: ['zsh', '-f', '-i'], prompt: `PROMPT='@@'READY'@@ '` },
  fish: {
    argv: ['fish', '--no-config', '-i'],
    prompt: `function fish_prompt; echo -n '@@'READY'@@ '; end`,
  },
};

const PTY = 'import pty, sys; sys.exit(pty.spawn(sys.argv[1:]) >> 8)';

/** Whether a program runs here (a shell, python3). */
export function installed(program: string): boolean {
  return !spawnSync(program, ['-c', 'exit 0']).error;
}

/** A shell in a pseudo-terminal: type() sends keys and waits until the shell prompts again. */
export class TypedShell {
  private output = '';
  private prompts = 0;
  private readonly closed: Promise<number | null>;

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    const collect = (chunk: Buffer) => (this.output += chunk.toString('utf8'));
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    this.closed = new Promise((done) => child.on('close', (code) => done(code)));
  }

  /** Starts shell with its prompt set, ready for the first line. */
  static async start(shell: InteractiveShell, where: ShellSurroundings): Promise<TypedShell> {
    const { argv, prompt } = SHELLS[shell];
    const typed = new TypedShell(spawn('python3', ['-c', PTY, ...argv], { ...where, env: where.env }));
    await typed.line(prompt);
    return typed;
  }

  /** Types keys and Enter, and waits for the next prompt. */
  async line(keys: string): Promise<void> {
    this.child.stdin.write(`${keys}\r`);
    this.prompts++;
    const started = Date.now();
    while (this.output.split(PROMPT).length - 1 < this.prompts) {
      if (this.child.exitCode !== null || Date.now() - started > LINE_TIMEOUT_MS)
        throw new Error(`no prompt after ${JSON.stringify(keys)}; the terminal showed:\n${this.output}`);
      await new Promise((wake) => setTimeout(wake, 20));
    }
  }

  /** Ends the shell and waits for it to exit. */
  async exit(): Promise<number | null> {
    this.child.stdin.write('exit\r');
    this.child.stdin.end();
    return this.closed;
  }

  /** Everything the terminal showed, for a failing test's message. */
  get screen(): string {
    return this.output;
  }
}
