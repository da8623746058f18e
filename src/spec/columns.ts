// The columns of timeline's TSV and CSV, in a module of their own: the help reads them at start-up.

/** TSV/CSV columns of `timeline` and `events`: the EDTF date, then its sortable ISO start and end; last its precision and the first day it is stale (as of the as-of date). */
export const EVENT_COLUMNS = [
  'date',
  'start',
  'end',
  'title',
  'type',
  'status',
  'date_basis',
  'countries',
  'id',
  'actors',
  'issues',
  'tags',
  'scope',
  'date_note',
  'source',
  'precision',
  'stale_since',
];
