import type { Completion } from '../spec/values.js';
import { lazyView, type View } from '../output/render.js';
import { cellText } from '../output/sanitize.js';

/** Text of car-brief's own, printed as it is (a completion script, a help topic). */
export function scriptView(text: string): View {
  return lazyView({ rows: () => ({ columns: [], rows: [] }), json: () => text, text: () => text });
}

/**
 * What the completion scripts read: a line saying what to offer (words, files or dirs), then
 * one candidate a line, its word and description apart by a tab, each on one line and escaped.
 */
export function completionView(completion: Completion): View {
  const candidates = completion.kind === 'words' ? completion.candidates : [];
  const rows = () => ({
    columns: ['value', 'description'],
    rows: candidates.map(({ value, description }) => [cellText(value), cellText(description)]),
  });
  return lazyView({
    rows,
    json: () => completion,
    text: () => [completion.kind, ...rows().rows.map((row) => row.join('\t'))].join('\n') + '\n',
  });
}
