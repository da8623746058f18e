// Commands that notes and hints tell the user to run, written so that pasting them into a POSIX
// shell runs exactly that.

const PLAIN = /^[\p{L}\p{N}_./,:@%+=][\p{L}\p{N}_./,:@%+= -]*$/u;

/** A value as a shell reads it back: as it is when it is plain words, else in single quotes. */
export function shellWord(value: string): string {
  return PLAIN.test(value) && !/\s$/u.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
