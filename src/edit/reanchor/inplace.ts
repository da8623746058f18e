import { Scalar } from 'yaml';
import type { CitationPath } from './citations.js';
import { agrees, type CitationTokens, type ScannedFile } from './locate.js';
import { RewriteError, scalarText, spliced, withEdits, type FileEdit, type Replacement } from './rewrite.js';
import { scanCollection, type Token } from './scan.js';

// A file whose citations were found by scanning (locate.ts), changed without building its YAML
// document: each edit made where the scan found the citation (its paragraph number and quote
// replaced, the quote in its own quoting, as rewrite.ts writes them; or its lines taken out),
// then the new text scanned again, which must read as the file's records (from the compiled
// dataset) with exactly those edits. Those records go with the text to the dataset's check,
// which checks them against the schema as parsed ones are and uses them instead of parsing the
// file (load/build.ts). An edit the scan cannot make, or a text that does not read back as
// intended, gives undefined: the file is then changed through its YAML document (rewrite.ts).

/** A file's new text, and the records it holds. */
export interface InPlace {
  readonly text: string;
  readonly records: unknown[];
}

/** A citation found by scanning: its path in its file, and where its values are written. */
export interface ScannedSite {
  readonly path: CitationPath;
  readonly at?: CitationTokens | undefined;
}

const SCALAR_TYPE: { readonly [K in Token['style']]: Scalar.Type } = {
  plain: Scalar.PLAIN,
  double: Scalar.QUOTE_DOUBLE,
  single: Scalar.QUOTE_SINGLE,
};

/**
 * The scanned file with the edits made in place, and its records so changed (records: the ones
 * it held, in order; not changed here), or undefined when that cannot be done safely.
 */
export function editInPlace(
  scanned: ScannedFile,
  sites: readonly ScannedSite[],
  edits: readonly FileEdit[],
  records: readonly unknown[],
  source: string,
): InPlace | undefined {
  const key = (path: readonly (string | number)[]) => path.join('\0');
  const tokens = new Map(sites.flatMap((site) => (site.at ? [[key(site.path), site.at] as const] : [])));
  const replacements: Replacement[] = [];
  for (const edit of edits) {
    const at = tokens.get(key(edit.path));
    if (!at || edit.kind === 'set') return undefined;
    if (edit.kind === 'remove') {
      if (!at.lines) return undefined;
      replacements.push({ start: at.lines.start, end: at.lines.end, with: '' });
    } else
      replacements.push(
        { start: at.paragraph.start, end: at.paragraph.end, with: String(edit.paragraph) },
        {
          start: at.quote.start,
          end: at.quote.end,
          with: scalarText(edit.quote, SCALAR_TYPE[at.quote.style]),
        },
      );
  }
  try {
    const text = spliced(scanned.file.text, replacements);
    const expected = withEdits(structuredClone(records), edits) as object[];
    const read = scanCollection(text);
    if (!read || read.length !== expected.length) return undefined;
    if (!read.every((record, r) => agrees(record, expected[r]!, source))) return undefined;
    return { text, records: expected };
  } catch (error) {
    if (error instanceof RewriteError) return undefined;
    throw error;
  }
}
