import { BUILD } from '../../version.js';
import { readEntry, writeEntry, type Cache } from './cache.js';
import { fingerprintOf, hashOf, readBytes } from '../read/read.js';

// Fingerprints of files known to hold a given content. A compiled dataset records the
// fingerprint each file had when it was read; a file copied, checked out or touched since has
// another, and is then checked by content. When the content is the same, its new fingerprint
// is kept here (in the cache, per data directory), so that it is not read again next time.

type Known = Record<string, readonly [hash: string, fingerprint: string]>;

/** The fingerprints known for a data directory's files, read from the cache when first needed. */
export class Stamps {
  private known?: Known;
  private changed = false;

  constructor(
    private readonly cache: Cache | undefined,
    private readonly root: string,
  ) {}

  /** True when the file at path still holds the content hash: by its fingerprint if it is known, else by reading it. */
  unchanged(path: string, hash: string, fingerprint: string): boolean {
    const now = fingerprintOf(path);
    if (
      now.fingerprint !== '' &&
      (now.fingerprint === fingerprint || this.lookUp(path, hash) === now.fingerprint)
    ) {
      return true;
    }
    if (hashOf(readBytes(path)) !== hash) return false;
    if (now.settled) {
      this.known ??= this.read();
      this.known[path] = [hash, now.fingerprint];
      this.changed = true;
    }
    return true;
  }

  /** Writes the fingerprints learnt, if any. */
  save(): void {
    if (this.changed)
      writeEntry(
        this.cache,
        'stamps',
        this.root,
        Buffer.from(JSON.stringify({ build: BUILD, files: this.known })),
      );
  }

  private lookUp(path: string, hash: string): string | undefined {
    this.known ??= this.read();
    const entry = this.known[path];
    return entry && entry[0] === hash ? entry[1] : undefined;
  }

  private read(): Known {
    try {
      const value = JSON.parse(readEntry(this.cache, 'stamps', this.root)?.toString('utf8') ?? 'null') as {
        build?: unknown;
        files?: unknown;
      } | null;
      if (value?.build !== BUILD || typeof value.files !== 'object' || value.files === null)
        return Object.create(null) as Known;
      return Object.assign(Object.create(null) as Known, value.files);
    } catch {
      return Object.create(null) as Known;
    }
  }
}
