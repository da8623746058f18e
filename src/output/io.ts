import { Chalk, type ChalkInstance } from 'chalk';

/** Something text can be written to: a process stream, or a buffer in tests. */
export interface Writable {
  write(text: string): unknown;
}

/** Everything a command may know about where its output goes. Tests pass a fake one. */
export interface Output {
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** stdout is a terminal: tables, headings and (unless turned off) colour. */
  readonly isTTY: boolean;
  /** Colour styles; level 0 (no colour) when colour is off. */
  readonly style: ChalkInstance;
  /** Colour styles for stderr, decided separately (stderr may be a terminal while stdout is piped). */
  readonly errStyle: ChalkInstance;
  /** Terminal width in columns (80 when unknown). */
  readonly columns: number;
}

interface Stream extends Writable {
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Whether to colour a stream: --no-color, NO_COLOR and TERM=dumb turn it off, FORCE_COLOR on, else a TTY decides. */
export function colorEnabled(isTTY: boolean, env: NodeJS.ProcessEnv, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '')
    return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

/** The Output of a real process: its streams, TTY state, colour and width. */
export function processOutput(
  streams: { stdout: Stream; stderr: Stream },
  env: NodeJS.ProcessEnv,
  options: { noColor?: boolean } = {},
): Output {
  const isTTY = streams.stdout.isTTY === true;
  const color = colorEnabled(isTTY, env, options.noColor === true);
  const errColor = colorEnabled(streams.stderr.isTTY === true, env, options.noColor === true);
  const envColumns = Number.parseInt(env.COLUMNS ?? '', 10);
  return {
    stdout: streams.stdout,
    stderr: streams.stderr,
    isTTY,
    style: new Chalk({ level: color ? 1 : 0 }),
    errStyle: new Chalk({ level: errColor ? 1 : 0 }),
    columns: streams.stdout.columns ?? (Number.isFinite(envColumns) && envColumns > 0 ? envColumns : 80),
  };
}
