import { formatParagraphRefs } from '../../model/format.js';
import type { Claim } from '../../model/records.js';
import type { Rows } from '../../output/delimited.js';
import { lazyView, type View } from '../../output/render.js';
import type { Report, ReportSection } from '../../output/report.js';
import type { CellPainter } from '../../output/table.js';
import { sharedAndOwn, type TopicClaims } from '../../query/country/topic.js';
import type { SupportOf } from '../../query/support.js';
import { scopeMark } from '../scope.js';
import { joinNames } from './compare-report.js';

// `compare --topic/--actor/--issue/--tag`: the claims on one subject, country by country. On a
// terminal the claims every country compared shares come first, once (a group-wide claim would
// otherwise fill each country's rows alike), then each country's own; scripts get a line per
// country and claim, shared ones included.

/** Columns of `compare --topic` in TSV/CSV: one line per country and claim, in the order named. */
export const COMPARE_TOPIC_COLUMNS = ['country', 'claim', 'kind', 'statement', 'scope', 'source'];

/** The claims on the subject side by side; subject says what it is ("the Taliban", "\"gas\""). */
export function compareTopicView(
  compared: readonly TopicClaims[],
  subject: string,
  name: (id: string) => string,
  supportOf?: SupportOf,
): View {
  return lazyView(
    {
      rows: (): Rows => ({
        columns: COMPARE_TOPIC_COLUMNS,
        rows: compared.flatMap(({ country, claims }) =>
          claims.map(({ record, via }) => [
            country.id,
            record.id,
            record.kind,
            record.statement,
            via ?? '',
            formatParagraphRefs(record.sources),
          ]),
        ),
      }),
      json: () =>
        compared.map(({ country, claims }) => ({
          id: country.id,
          name: country.name,
          claims: claims.map(({ record, via }) => ({
            ...record,
            scope: via ?? null,
            ...(supportOf ? { support: supportOf(record.sources) } : {}),
          })),
        })),
      report: () => topicReport(compared, subject, name),
    },
    paint,
  );
}

function topicReport(
  compared: readonly TopicClaims[],
  subject: string,
  name: (id: string) => string,
): Report {
  const { shared, own } = sharedAndOwn(compared);
  const countries = compared.map(({ country }) => country.name);
  const sections: ReportSection[] = [];
  if (shared.length > 0)
    sections.push({
      heading: `Shared by ${compared.length === 2 ? 'both' : `all ${compared.length}`}`,
      table: {
        columns: ['kind', 'claim', 'id'],
        rows: shared.map((c) => claimRow(c)),
        fixed: ['kind', 'id'],
        reader: 'claim',
        minor: ['id'],
      },
    });
  sections.push({
    heading: shared.length > 0 ? 'Each its own' : 'Claims',
    table: {
      columns: ['country', 'kind', 'claim', 'id'],
      rows: own.flatMap(({ country, claims }) => {
        const rows = claims.map(({ record, via }) => claimRow(record, via && `(${scopeMark(via, name)})`));
        const none = ['', shared.length > 0 ? 'none besides the shared ones' : 'none on this subject', ''];
        return (rows.length > 0 ? rows : [none]).map((row, i) => [i === 0 ? country.name : '', ...row]);
      }),
      fixed: ['country', 'kind', 'id'],
      reader: 'claim',
      minor: ['id'],
    },
    lines: ['car-brief show <id> gives a claim in full, with its source and quote.'],
  });
  return { title: `${joinNames(countries)} on ${subject}`, paint, sections };
}

function claimRow(claim: Claim, mark?: string): string[] {
  return [claim.kind, [claim.statement, mark].filter(Boolean).join(' '), claim.id];
}

const paint: CellPainter = (text, column, style) => {
  if (column === 'country') return style.bold(text);
  if (column === 'id') return style.dim(text);
  if (column === 'kind' && (text === 'report' || text === 'assessment')) return style.magenta(text);
  return text;
};
