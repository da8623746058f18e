// check's findings as Markdown to paste beside a draft: one item per finding, the rewritten
// sentence under each error (--suggest) with a footnote citing the source it follows.
import type { CheckResult } from '../factcheck/finding.js';
import { citationMarkdown, Footnotes, markdownEnd, markdownText } from '../output/markdown.js';

/** The findings as a Markdown list, with the suggested sentences footnoted (suggest), and the footnotes. */
export function checkMarkdown(
  file: string,
  result: CheckResult,
  suggest: boolean,
  labelOf: (source: string) => string,
): string {
  if (result.findings.length === 0) return markdownEnd(`No findings on ${markdownText(file)}.`);
  const notes = new Footnotes();
  const items = result.findings.map((finding) => {
    const cited =
      finding.record !== undefined && finding.source !== undefined && finding.paragraph !== undefined
        ? notes.ref(
            citationMarkdown(
              { source: finding.source, paragraph: finding.paragraph, quote: finding.quote ?? '' },
              labelOf,
            ),
            finding.record,
          )
        : '';
    const where = `${file}:${finding.line}:${finding.column}`.replace(/[`\n\r]/g, ' ');
    const head = `- \`${where}\` **${finding.severity}**: ${markdownText(finding.message)}`;
    if (!suggest || finding.suggestion === undefined) return `${head}${cited}`;
    return `${head}\n\n  > ${markdownText(finding.suggestion)}${cited}`;
  });
  return markdownEnd([items.join('\n'), notes.definitions().join('\n')].filter(Boolean).join('\n\n'));
}
