import { humanDate } from '../../model/human-dates.js';
import type { Claim, Event } from '../../model/records.js';
import type { CountryBrief } from '../../query/country/brief.js';
import { formatFigure } from '../../model/format.js';
import { Footnotes, markdownDocument, markdownText } from '../../output/markdown.js';
import { briefSupport, groupLabel } from './country-report.js';
import type { SupportOf } from '../../query/support.js';
import { supportPhrase, supportWords } from '../support.js';
import { staleMark } from '../stale.js';

/** How a claim's kind is said in prose: reports are attributed, assessments are the author's. */
export function kindLabel(claim: Pick<Claim, 'kind' | 'attribution' | 'statement'>): string {
  if (claim.kind === 'report') {
    const by = claim.attribution ?? 'reports';
    // A statement that names its reporter ("Almost all exporters … have expressed concern") says it already.
    return claim.statement.toLowerCase().includes(by.toLowerCase()) ? '' : `according to ${by}`;
  }
  if (claim.kind === 'assessment') return "in the author's assessment";
  return '';
}

/** A claim as a Markdown statement, its kind said in words, with its footnotes (the first saying its support, if given). */
export function claimMarkdown(
  claim: Claim,
  notes: Footnotes,
  label: (source: string) => string,
  support?: string,
): string {
  const kind = kindLabel(claim);
  const said = kind ? `*${markdownText(kind[0]!.toUpperCase() + kind.slice(1))}:* ` : '';
  return `${said}${markdownText(claim.statement)}${notes.cite(claim, label, support)}`;
}

// An event's date as the timeline shows it; an inferred date says so, with a note saying how.
function eventDate(event: Event, notes: Footnotes): string {
  const date = `**${markdownText(humanDate(event.date))}**`;
  if (event.date_basis === 'inferred') {
    const how = event.date_note
      ? notes.ref(`Date inferred: ${markdownText(event.date_note)}`, `${event.id}.date`)
      : '';
    return `${date} (date inferred${how})`;
  }
  return event.date_note ? `${date} (${markdownText(event.date_note)})` : date;
}

/**
 * The brief as a Markdown document: a heading, an overview, issues, a dated timeline, key
 * figures and the other citable claims, each statement with footnotes giving the source, the
 * paragraph and the verbatim quote (the first of a record's notes saying its support, with
 * supportOf; the line under the heading says the whole brief's, and how old it is).
 */
export function countryMarkdown(brief: CountryBrief, supportOf?: SupportOf): string {
  const { country } = brief;
  // Labelled with the country, so that briefs appended to one file share no label.
  const notes = new Footnotes(country.id);
  const labels = new Map(brief.sources.map(({ source }) => [source.id, source.label]));
  const label = (id: string) => labels.get(id) ?? id;
  const group = groupLabel(brief);
  const across = (via: string | undefined) => (via ? `across the ${markdownText(group(via))}` : '');
  const aside = (...parts: string[]) => (parts.some(Boolean) ? ` (${parts.filter(Boolean).join('; ')})` : '');
  const facts = [
    country.iso2,
    country.iso3,
    country.capital && `capital ${country.capital}`,
    country.region,
    brief.asOf && `as of ${humanDate(brief.asOf.day)}`,
  ];
  const staleOf = (id: string) => staleMark(brief.stale?.(id));
  const support = supportOf && supportPhrase(briefSupport(brief, supportOf));
  const intro = [
    `*${markdownText([...facts.slice(0, 4), support, ...facts.slice(4)].filter(Boolean).join(' · '))}*`,
  ];
  // A record's support in words, said in its first note.
  const rests = (record: { sources: readonly { source: string }[] }) =>
    supportOf && supportWords(supportOf(record.sources));
  const cite = (record: Parameters<Footnotes['cite']>[0]) => notes.cite(record, label, rests(record));
  const overview = [`${markdownText(country.summary)}${cite(country)}`];
  // The country's own issues first, then those it shares through a group, as on a terminal.
  const ownFirst = [...brief.issues.filter((i) => !i.via), ...brief.issues.filter((i) => i.via)];
  const issues = ownFirst.map(({ record, via }) => {
    const since = record.since ? `since ${markdownText(humanDate(record.since))}` : '';
    const about = aside(record.status, since, staleOf(record.id), across(via));
    return `- **${markdownText(record.title)}**${about}: ${markdownText(record.summary)}${cite(record)}`;
  });
  const timeline = brief.events.map(({ record, via }) => {
    const status = [record.status === 'happened' ? '' : record.status, staleOf(record.id)];
    return `- ${eventDate(record, notes)}: ${markdownText(record.title)}${aside(status.filter(Boolean).join(', '), across(via))}. ${markdownText(record.summary)}${cite(record)}`;
  });
  const figures = brief.keyFigures.map(
    (claim) =>
      `- **${markdownText(claim.figures.map(formatFigure).join('; '))}**: ${claimMarkdown(claim, notes, label, rests(claim))}`,
  );
  const shown = new Set(brief.keyFigures);
  const claims = brief.claims
    .filter((c) => !shown.has(c))
    .map((c) => `- ${claimMarkdown(c, notes, label, rests(c))}`);
  return markdownDocument(
    country.name,
    intro,
    [
      { heading: 'Overview', lines: overview },
      { heading: 'Issues', lines: issues },
      { heading: 'Timeline', lines: timeline },
      { heading: 'Key figures', lines: figures },
      { heading: 'Claims', lines: claims },
    ],
    notes,
  );
}
