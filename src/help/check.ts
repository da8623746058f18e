/** `car-brief help check`. */
export const CHECK_HELP = `Checking a draft

car-brief check <draft.md|->  reads a Markdown or plain-text draft (a file, or
- for stdin) and reports, sentence by sentence, what the dataset says about
it:
  - figures that disagree with a sourced claim on the same subject (the claim,
    paragraph and quote are given);
  - figures about a known actor or issue that no claim carries;
  - statements firmer than their source: a report or the author's assessment
    written as plain fact, or a hedge the quote has ("alleged", "reportedly")
    dropped;
  - dates that disagree with an event (a wrong month or year, a planned visit
    written as done);
  - and, as a summary, which sentences it could tie to records at all.

Each finding is one line, file:line:col: severity: message, as compilers and
linters write them, so editors and CI can read them; a table on a terminal,
--json for tools. The lines are plain text by design, whatever --color says
(text is never coloured); --color=always gives the coloured table in a pipe.

Figures and dates that disagree are errors; unsourced figures and firmer
statements are warnings, to read as suggestions. Exit codes: 0 when nothing
disagrees (warnings or not), 5 when something does (1 stays an unexpected
error, 2 a usage error, 3 an invalid dataset). See car-brief help exit-codes;
car-brief check --help lists its options.

Examples:
  car-brief check draft.md
  pandoc -t plain article.docx | car-brief check -
`;
