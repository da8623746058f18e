// The TSV/CSV cells that list linked records: ids by default (comma-joined, for scripts), or with
// --names their names and titles, joined by "; " since a name may hold a comma.

/** How a list's TSV and CSV write the records it links to. */
export interface LinkCells {
  /** --names: names and titles instead of ids. */
  readonly names?: boolean | undefined;
}

/** The ids as one cell: "uzbekistan,pakistan", or with names "Uzbekistan; Pakistan". */
export function linkCell(
  ids: readonly string[],
  name: (id: string) => string,
  cells: LinkCells = {},
): string {
  return cells.names ? ids.map(name).join('; ') : ids.join(',');
}
