/** `car-brief help data`. */
export const DATA_HELP = `The data

A dataset is a directory of five YAML files, one per collection (or a folder
per collection, such as events/*.yaml), each a list of records with stable
kebab-case ids:
  sources.yaml   the documents the data comes from; a source's text file (one
                 paragraph a line) lets car-brief check every quote against it
  actors.yaml    countries, people, organisations, armed groups, projects,
                 weapon systems
  events.yaml    dated happenings: visits, agreements, sales, planned visits
  issues.yaml    standing problems and themes, with a status
  claims.yaml    citable statements, each a fact, a report or an assessment

Every record cites: sources: [{source: <id>, paragraph: N, quote: "..."}], the
quote verbatim from that paragraph. Each file names its JSON Schema in a
first-line comment, so an editor with the YAML language server checks records
as you type. The fields are described in docs/data-format.md, where car-brief
is installed.

A record's support is the sources it cites; a source that only repeats another
(a wire story republished) names it in derived_from, and its origin counts
once: fact, show, the brief and check say "1 source" or "3 sources, 2
independent", with the latest source's date; claims --single-source and
--min-sources N filter by it.

A dataset of your own:
  car-brief init my-data                 six files, a texts/ folder, a README
  car-brief init my-data --with-builtin  the same, with the built-in data
  car-brief validate --data my-data      every problem as file:line:col
  car-brief --data my-data country ...   or: export CAR_BRIEF_DATA=my-data
  car-brief sources add page.html        a source; its text kept, verbatim
  car-brief quote nobody yet             what the latest source says, verbatim
  car-brief add claim -k fact -a dam -f "nobody yet" "Nobody has paid."
                                         a claim citing the one span those words
                                         stand for (car-brief add claim --help)

Beside the five files, an optional dataset.yaml says what the dataset is: its
title, description, and perspective, the id of the country whose relations it
is about (the hub: on a terminal its country command shows one row per partner,
and the timeline chart gives it no lane). Without a perspective, the hub is the
country the most events and issues name, if no other is named as often and
they pair it with two countries or more; else there is none. Its settings:
as_of, the date answers are as of when --as-of is not given; windows and
stale_after, ISO 8601 durations such as P6M: how long a plan's words give it
and how long before car-brief stale lists it (car-brief help dates). The
built-in data declares perspective: pakistan.

Only sources add and add write to a data directory: a new source's text in
texts/ and its record at the end of sources.yaml, both or neither; a new
record at the end of its collection's file, or a citation put into a record;
each only after the whole dataset with it passes validate (init creates a
directory and never overwrites a file). The compiled form car-brief reads
fast goes to the user's cache. See also: car-brief help dates.
`;
