/** `car-brief help safety` (docs/safety.md shows it verbatim). */
export const SAFETY_HELP = `Safety

Datasets are shared and copied from the web, so car-brief treats their
contents, their file names and its own command line as untrusted text:

  - Nothing that acts reaches the output: control characters, escape
    sequences, bidirectional overrides and invisible format characters are
    shown as visible escapes (\\x1b, \\u202e); JSON writes them as \\u escapes,
    so a parser reads back exactly the data.
  - Every message is one line: what it quotes from the data or the command
    line is escaped, newlines included.
  - CSV is formula-safe: a cell that starts with = + - @, a tab or a carriage
    return gets a ' before it, so a spreadsheet shows it as text; --csv-raw
    turns that off.
  - Work is bounded: a query or a name over 1,000 characters is refused
    (exit 2); a terminal shows at most 2,000 characters of one field.
  - The data directory is only read, but by sources add, which adds a new
    text file and appends one record, both or neither, and by add, which
    appends one record or puts a citation into one; both keep every other
    byte (init starts a new directory and overwrites nothing).
    Data files are plain YAML 1.2: tags are refused, an alias expands to at
    most a million values, and a file over 50 MB is refused unread.
  - Completion quotes every name it inserts: a name from the data holding
    $( ), ;, |, > or a glob is one word on the line and never runs.
  - Markdown output escapes what would be markup, a list or a heading; a
    bare address may still be linked by GitHub, showing the address itself.
    Mermaid and TimelineJS escape their own syntax and HTML; CSL-JSON is JSON.
  - The pager is a shell command, as git's is: CAR_BRIEF_PAGER and PAGER run
    with sh -c, so set them only to commands you would type yourself.
  - Bad input gets a message and an exit code, never a stack trace: see
    car-brief help exit-codes.

Examples:
  car-brief claims --format csv > claims.csv
  car-brief claims --format csv --csv-raw > claims-raw.csv
`;
