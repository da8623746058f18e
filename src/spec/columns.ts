// The columns of timeline's TSV and CSV, in a module of their own: the help reads them at start-up.

/** TSV/CSV columns of `timeline` and `events`: the EDTF date, then its sortable ISO start and end. */
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
];
