import { lazyView, type View } from '../output/render.js';
import { escapeMessage } from '../output/sanitize.js';

/** What init made: the directory as given, and the files in it. */
export interface InitResult {
  readonly dir: string;
  readonly files: readonly string[];
}

/** The files made, one a line, and the next steps. */
export function initView(result: InitResult): View {
  const dir = escapeMessage(result.dir);
  const path = (file: string) => `${dir.replace(/\/$/, '')}/${file}`;
  return lazyView({
    rows: () => ({ columns: ['file'], rows: result.files.map((file) => [path(file)]) }),
    json: () => ({ dir: result.dir, files: result.files }),
    text: () =>
      [
        ...result.files.map((file) => `created ${path(file)}`),
        `next: car-brief validate --data ${dir}`,
        '',
      ].join('\n'),
  });
}
