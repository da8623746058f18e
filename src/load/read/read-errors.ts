// What read.ts says when a file cannot be read.

/** The largest file read: a YAML file takes some 70 times its size in memory to parse and check. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Why a file of size bytes is not read. */
export function tooLarge(size: number): string {
  const mb = Math.ceil((size / 1024 / 1024) * 10) / 10; // rounded up: never "50.0 MB" for a file over 50 MB
  return (
    `too large: ${mb.toFixed(1)} MB, and car-brief reads files of up to ${MAX_FILE_BYTES / 1024 / 1024} MB` +
    ' (a collection may be split into a folder of files, e.g. events/*.yaml)'
  );
}

/** Why a file could not be opened or read, in words, with the system's code. */
export function cannotRead(error: NodeJS.ErrnoException): string {
  const code = error.code ?? String(error);
  if (code === 'EISDIR') return 'is a directory, not a file';
  const why = READ_ERRORS.get(code);
  return `cannot read it${why ? `: ${why}` : ''} (${code})`;
}

const READ_ERRORS: ReadonlyMap<string, string> = new Map([
  ['EACCES', 'permission denied'],
  ['EPERM', 'permission denied'],
  ['ELOOP', 'too many symbolic links (a link that points back to itself?)'],
  ['ENOENT', 'it does not exist (a broken symbolic link?)'],
  ['ENAMETOOLONG', 'its name is too long'],
  ['EIO', 'an input/output error'],
]);
