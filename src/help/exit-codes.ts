import { EXIT_CODE_MEANINGS, ExitCode } from '../errors.js';

/** `car-brief help exit-codes`: each code with its meaning, read from errors.ts. */
export function exitCodesHelp(): string {
  const lines = Object.entries(ExitCode)
    .sort(([, a], [, b]) => a - b)
    .map(([name, code]) => `  ${code}  ${EXIT_CODE_MEANINGS[name as keyof typeof ExitCode]}`);
  return [
    'Exit codes',
    '',
    'car-brief exits with one of these, so that scripts and CI can tell what',
    'happened:',
    '',
    ...lines,
    '',
    'Messages go to stderr, one line each, starting "car-brief:"; results go to',
    'stdout. No expected error prints a stack trace.',
    '',
  ].join('\n');
}
