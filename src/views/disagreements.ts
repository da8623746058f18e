import { disagreementsOf, type Disagreement, type Source } from '../model/records.js';
import type { ReportSection } from '../output/report.js';
import { cellText } from '../output/sanitize.js';

// What every view adds when a record it shows carries a disagreement between passages of its
// sources: a writer must see that the record joins two passages that do not say the same thing.
// The record's JSON carries the disagreements as they are (field `disagreements`).

type SourceOf = (id: string) => Source | undefined;

/** The short mark a table cell gets for a record whose sources disagree: ["sources disagree"] or []. */
export function disagreementMark(record: object): string[] {
  return disagreementsOf(record).length > 0 ? ['sources disagree'] : [];
}

/** One line per disagreement, for text output: what is disputed and the passages side by side. */
export function disagreementLines(record: object, sourceOf: SourceOf): string[] {
  return disagreementsOf(record).map((d) =>
    cellText(`Sources disagree: ${d.about} ${passagesText(d, sourceOf)}`),
  );
}

/** Rows of `show` in a pipe: section "disagreement", key "about" or "<source> ¶N", value the text. */
export function disagreementRows(record: object): string[][] {
  return disagreementsOf(record).flatMap((d) => [
    ['disagreement', 'about', d.about],
    ...d.passages.map((c) => ['disagreement', `${c.source} ¶${c.paragraph}`, c.quote]),
    ...(d.records?.length ? [['disagreement', 'records', d.records.join('; ')]] : []),
  ]);
}

/** The report section of `show`: what is disputed, each passage quoted, the other records it bears on. */
export function disagreementSections(record: object, sourceOf: SourceOf): ReportSection[] {
  const list = disagreementsOf(record);
  if (list.length === 0) return [];
  return [
    {
      heading: `Sources disagree (${list.length})`,
      lines: list.flatMap((d) => [
        d.about,
        ...d.passages.map((c) => `${sourceOf(c.source)?.label ?? c.source}, ¶${c.paragraph}: “${c.quote}”`),
        ...(d.records?.length ? [`Also in: ${d.records.join(', ')}`] : []),
      ]),
    },
  ];
}

// "(¶2: “…” / ¶2: “…”, Untitled analysis …)": the passages, with their source named once.
function passagesText(d: Disagreement, sourceOf: SourceOf): string {
  const sources = [...new Set(d.passages.map((c) => c.source))];
  const passages = d.passages.map((c) =>
    sources.length === 1
      ? `¶${c.paragraph} “${c.quote}”`
      : `${label(c.source)}, ¶${c.paragraph} “${c.quote}”`,
  );
  const named = sources.length === 1 ? ` — ${label(sources[0]!)}` : '';
  return `(${passages.join(' / ')})${named}`;

  function label(id: string): string {
    return sourceOf(id)?.label ?? id;
  }
}
