import type { ColorMode } from '../spec/formats.js';
import type { Chalk, ChalkInstance } from 'chalk';

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
  /** In a pipe, the width was given ($COLUMNS) or read from the terminal stderr writes to (`| less -R`). */
  readonly widthKnown?: boolean;
  /** stderr is a terminal this many columns wide: notes wrap at words to it. */
  readonly errColumns?: number;
  /** Terminal height in rows: the stream's, else $LINES, else 24. */
  readonly rows?: number;
  /** --color=always: the output is for people even in a pipe (`| less -R`), so tables and briefs by default. */
  readonly forPeople?: boolean;
}

interface Stream extends Writable {
  readonly isTTY?: boolean;
  readonly columns?: number;
  readonly rows?: number;
}

/**
 * Whether to colour a stream: --color=always|never decide; otherwise NO_COLOR, CLICOLOR=0 and
 * TERM=dumb turn it off, FORCE_COLOR on, else a TTY decides.
 */
export function colorEnabled(isTTY: boolean, env: NodeJS.ProcessEnv, mode: ColorMode = 'auto'): boolean {
  if (mode !== 'auto') return mode === 'always';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '')
    return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.CLICOLOR === '0') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

/** Styles that leave text as it is, as chalk does at colour level 0, without loading chalk. */
export const PLAIN: ChalkInstance = (() => {
  const style = new Proxy((...text: unknown[]) => text.join(' '), {
    get: (target, key) => (key === 'level' ? 0 : style),
  });
  return style as unknown as ChalkInstance;
})();

/** True when colour could be on for either stream, so chalk must be loaded (see colorEnabled). */
export function mayColor(
  streams: { stdout: Stream; stderr: Stream },
  env: NodeJS.ProcessEnv,
  mode: ColorMode = 'auto',
): boolean {
  return (
    colorEnabled(streams.stdout.isTTY === true, env, mode) ||
    colorEnabled(streams.stderr.isTTY === true, env, mode)
  );
}

/** The Output of a real process: its streams, TTY state, colour and width (Chalk: chalk's class, when loaded). */
export function processOutput(
  streams: { stdout: Stream; stderr: Stream },
  env: NodeJS.ProcessEnv,
  options: { color?: ColorMode; Chalk?: typeof Chalk | undefined } = {},
): Output {
  const isTTY = streams.stdout.isTTY === true;
  const color = colorEnabled(isTTY, env, options.color);
  const errColor = colorEnabled(streams.stderr.isTTY === true, env, options.color);
  const envColumns = positive(Number.parseInt(env.COLUMNS ?? '', 10));
  // In a pipe (`--color=always | less -R`), the width is $COLUMNS, else the terminal's that stderr
  // still writes to, as git and gh take it.
  const terminal = streams.stderr.isTTY === true ? positive(streams.stderr.columns) : undefined;
  const pipedWidth = isTTY ? undefined : (envColumns ?? terminal);
  return {
    stdout: streams.stdout,
    stderr: streams.stderr,
    isTTY,
    style: color && options.Chalk ? new options.Chalk({ level: 1 }) : PLAIN,
    errStyle: errColor && options.Chalk ? new options.Chalk({ level: 1 }) : PLAIN,
    forPeople: options.color === 'always',
    // A terminal that reports 0 columns (some do, over serial lines and in containers) is one of unknown width.
    columns: positive(streams.stdout.columns) ?? envColumns ?? pipedWidth ?? 80,
    widthKnown: pipedWidth !== undefined,
    ...(terminal ? { errColumns: terminal } : {}),
    rows: positive(streams.stdout.rows) ?? positive(Number.parseInt(env.LINES ?? '', 10)) ?? 24,
  };
}

function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isFinite(n) && n > 0 ? n : undefined;
}
