import { recordName, type DatasetRecord } from '../model/records.js';
import type { Passage } from '../query/paragraph.js';
import { lazyView, type View } from '../output/render.js';

/** TSV/CSV columns of `show --paragraph`. */
export const PASSAGE_COLUMNS = ['source', 'paragraph', 'of', 'text', 'quotes'];

/** The paragraphs a citation points at: each under its source and number, for reading around a quote. */
export function passagesView(entry: DatasetRecord, passages: readonly Passage[]): View {
  const heading = (p: Passage) => `${p.source.label}, ¶${p.paragraph} of ${p.of}`;
  return lazyView({
    rows: () => ({
      columns: PASSAGE_COLUMNS,
      rows: passages.map((p) => [
        p.source.id,
        String(p.paragraph),
        String(p.of),
        p.text,
        p.quotes.join(' | '),
      ]),
    }),
    json: () =>
      passages.map((p) => ({
        source: p.source.id,
        paragraph: p.paragraph,
        of: p.of,
        text: p.text,
        quotes: p.quotes,
      })),
    // One paragraph reads as the report's text; several each under their source and number.
    report: () =>
      passages.length === 1
        ? {
            title: recordName(entry),
            subtitle: `${entry.type} · ${entry.record.id}`,
            intro: `${heading(passages[0]!)}: ${passages[0]!.text}`,
            sections: quoted(passages[0]!),
          }
        : {
            title: recordName(entry),
            subtitle: `${entry.type} · ${entry.record.id}`,
            sections: passages.map((p) => ({ heading: heading(p), lines: [p.text, ...quotedLines(p)] })),
          },
  });
}

function quoted(passage: Passage) {
  return passage.quotes.length === 0 ? [] : [{ heading: 'Quoted', lines: quotedLines(passage) }];
}

function quotedLines(passage: Passage): string[] {
  return passage.quotes.map((quote) => `“${quote}”`);
}
