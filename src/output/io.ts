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

/** Styles that leave text as it is, as chalk does at colour level 0, without loading chalk. */
export const PLAIN: ChalkInstance = (() => {
  const style = new Proxy((...text: unknown[]) => text.join(' '), {
    get: (target, key) => (key === 'level' ? 0 : style),
  });
  return style as unknown as ChalkInstance;
})();

/** True when colour could be on for either stream, so chalk must be loaded (see colorEnabled). */
export function mayColor(streams: { stdout: Stream; stderr: Stream }, env: NodeJS.ProcessEnv): boolean {
  return (
    colorEnabled(streams.stdout.isTTY === true, env, false) ||
    colorEnabled(streams.stderr.isTTY === true, env, false)
  );
}

/** The Output of a real process: its streams, TTY state, colour and width (Chalk: chalk's class, when loaded). */
export function processOutput(
  streams: { stdout: Stream; stderr: Stream },
  env: NodeJS.ProcessEnv,
  options: { noColor?: boolean; Chalk?: typeof Chalk | undefined } = {},
): Output {
  const isTTY = streams.stdout.isTTY === true;
  const color = colorEnabled(isTTY, env, options.noColor === true);
  const errColor = colorEnabled(streams.stderr.isTTY === true, env, options.noColor === true);
  const envColumns = Number.parseInt(env.COLUMNS ?? '', 10);
  return {
    stdout: streams.stdout,
    stderr: streams.stderr,
    isTTY,
    style: color && options.Chalk ? new options.Chalk({ level: 1 }) : PLAIN,
    errStyle: errColor && options.Chalk ? new options.Chalk({ level: 1 }) : PLAIN,
    // A terminal that reports 0 columns (some do, over serial lines and in containers) is one of unknown width.
    columns: positive(streams.stdout.columns) ?? positive(envColumns) ?? 80,
  };
}

function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isFinite(n) && n > 0 ? n : undefined;
}
