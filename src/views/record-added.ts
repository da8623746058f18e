import { lazyView, type View } from '../output/render.js';

/** What add did: the record written (or, for add citation, the record as it now is). */
export interface RecordAdded {
  readonly id: string;
  readonly record: Readonly<Record<string, unknown>>;
}

/** The id, on a line of its own (to use in the next command), or the whole record (--json). */
export function recordAddedView(result: RecordAdded): View {
  return lazyView({
    rows: () => ({ columns: ['id'], rows: [[result.id]] }),
    json: () => result.record,
    text: () => `${result.id}\n`,
  });
}
