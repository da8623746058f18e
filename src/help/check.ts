/** `car-brief help check`. */
export const CHECK_HELP = `Checking a draft

car-brief check <draft.md|->  reads a Markdown or plain-text draft (a file, or
- for stdin) clause by clause, ties each clause to the claims and events it
restates (by the stems of its words, synonyms, actors named by name, alias,
capital, people or office), and reports what the dataset says about it:
  - error: a figure that contradicts the claim figure about the same subject
    and measure (units converted: miles against km; numbers in words: "five
    hundred and forty"; bounds: "under 15%" against "over 20%");
  - error: a date the event its clause tells of cannot have, at the
    precision the source gives (a day range, a stated month whose year is
    inferred); a planned event told as done, whatever the verb;
  - warning: a figure that says more than the source ("over 30%" where it
    says "over 20%"); a figure about a known actor that no record gives;
  - warning: a clause firmer than its source: a hedge dropped ("alleged",
    "accused of", "the perception that"), in any order of words; a report
    stated as plain fact; "almost all" made "all";
  - and, as a summary, which sentences it could tie to records at all.
Every finding names the record it compares with, its paragraph and quote.

It cannot see: a claim the dataset does not hold; a figure or date in a
clause that names no actor of the record (precision comes first: such a
clause is left alone); a wrong name or title; a paraphrase that shares
fewer than two telling words with the record; hedges it does not list.

Each finding is one line, file:line:col: severity: message, as compilers and
linters write them, so editors and CI can read them; a table on a terminal,
--json for tools, --format md to paste. The lines are plain text by design,
whatever --color says (text is never coloured); --color=always gives the
coloured table in a pipe.

--suggest adds, under each error, the sentence rewritten with the source's
figure or date (in md, with its footnote); --json always gives each error's
machine edit: {line, column, length, replacement}.

Exit codes: 0 when nothing disagrees (warnings or not), 5 when something
does (1 stays an unexpected error, 2 a usage error, 3 an invalid dataset).
See car-brief help exit-codes; car-brief check --help lists its options.

Examples:
  car-brief check draft.md
  car-brief check draft.md --suggest --format md
  pandoc -t plain article.docx | car-brief check -
`;
