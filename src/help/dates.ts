/** `car-brief help dates`. */
export const DATES_HELP = `Dates

Dates in the data are EDTF (Extended Date/Time Format, ISO 8601-2), as precise
as the source and no more:
  2019                    a year
  2024-09                 a month
  2024-07-10/2024-07-11   an interval of days
  199X                    a decade: the 1990s
  2024-07/..              from July 2024, end open (a planned visit)

Inferred years: where the source gives no year ("July 10-11", "In May this
year"), the year is inferred from context; the record says date_basis:
inferred and its date_note says how. Tables and briefs mark it "date
inferred"; TSV, CSV and JSON carry date_basis and date_note.

On a terminal, dates are written for people: 1990s, Jul 2024, 10–11 Jul 2024,
May–Dec 2024, from Jul 2024. TSV, CSV and JSON keep the EDTF, with start and
end as ISO days (end empty, or null in JSON, for an open end).

Order: events sort by the earliest moment their date can mean. A coarser date
comes before the finer ones inside it (2024 before 2024-01), and a single date
before an interval that starts with it; equal dates keep the order of the
data.

--since and --until take partial dates (2024, 2024-07, 2024-07-10) and keep
what overlaps the range: --since 2024-07 keeps everything whose date can fall
in or after July 2024, so 2024 (a whole year) and the open 2024-07/.. are
kept, and 2024-05 is not. --until 2024 keeps what can fall in 2024 or before.
--since after --until is a usage error (exit 2). claims --since and --until
date a claim by the events it is about (in its about): it is kept when one of
them overlaps the range; a claim about no event is left out, with a note.

--within keeps only what lies wholly inside a span, for counting: --within
2024-07 keeps the events of July 2024, not the plans from then on nor
May-December intervals; --within 2024-07/2024-09 or --within 2024-07 2024-09
for a longer span. TSV, CSV and JSON give each date's precision: day, month,
season, year, decade, century, millennium, interval or set.

As of: every answer is as of a date: --as-of (2024, 2024-07 or 2024-07-10; a
year or month stands for its last day), else the dataset file's
settings.as_of, else today. Events and issues dated after it, and sources
added after it, are left out, with what rests on them alone; briefs say "as
of" when it is not today. CAR_BRIEF_TODAY=2026-12-07 fixes what today is.

Stale (car-brief stale): a plan's window is its own date when that has an
end, by Wikipedia's {{Update after}} rule: 2025 has passed on 1 January 2026,
2025-03 on 1 April 2025, 2025-03-10 on 11 March. An open end (2024-07/..)
takes the window its words give, counted from the end of its first date:
"near future" and "coming months" 6 months, "next year" the next calendar
year, no such words 1 year. A plan is stale once its window has passed with
nothing later recorded about it; a pending claim likewise (with the plans it
is about, else by its expected date, else a year from its source's date);
an ongoing event a year after its date; an open issue when nothing about it
is dated within a year. The dataset file's settings.windows and stale_after
change each length.

Examples:
  car-brief timeline --since 2024-07
  car-brief timeline --since 2024 --until 2024-06 --format tsv | cut -f1-4
  car-brief claims --since 2024-07 --until 2024-09
  car-brief timeline --within 2024-07
  car-brief stale --as-of 2025-06-30
`;
