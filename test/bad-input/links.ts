import { edit } from '../helpers.js';
import { append, at, editAll, edits, type BadCase } from './make.js';

// Bad links between records: duplicate ids, references that lead nowhere or to the wrong kind of
// record, citations that do not quote their paragraph, names for two actors, source texts.

export const LINK_CASES: readonly BadCase[] = [
  {
    name: 'duplicate ids, in one collection and across collections',
    make: (dir) => {
      edit(dir, 'claims.yaml', 'id: dam-doomed', 'id: dam-size');
      edit(dir, 'issues.yaml', 'id: dam-dispute', 'id: ruritania');
      editAll(dir, 'events.yaml', 'issues: [dam-dispute]', 'issues: [ruritania]');
    },
    code: 3,
    says: (dir) => [
      `${at(dir, 'claims.yaml', 'dam-size', 2)}: duplicate id "dam-size" (first used at ${at(dir, 'claims.yaml', 'dam-size')})`,
      `${at(dir, 'issues.yaml', 'ruritania')}: duplicate id "ruritania" (first used at ${at(dir, 'actors.yaml', 'ruritania')})`,
    ],
  },
  {
    name: 'dangling references of every kind',
    make: (dir) => {
      edits(dir, 'actors.yaml', [
        ['members: [ruritania, elbonia]', 'members: [ruritania, elbonya]'],
        ['org: elbonia', 'org: elbonia-gov'],
        ['countries: [elbonia]', 'countries: [elbonai]\n  affiliations: [nowhere-org]'],
      ]);
      edits(dir, 'events.yaml', [
        ['countries: [elbonia, ruritania]', 'countries: [elbonia, ruritanai]'],
        ['id: ada-vance, role', 'id: ada-vanse, role'],
        ['issues: [dam-dispute]', 'issues: [dam-disput]'],
      ]);
      edits(dir, 'issues.yaml', [
        ['countries: [ruritania]', 'countries: [ruritanie]'],
        ['actors: [dam-project]', 'actors: [dam-projekt]'],
      ]);
      edits(dir, 'claims.yaml', [
        ['about: [dam-project]', 'about: [dam-projec]'],
        [
          'source: test-note, paragraph: 4, quote: "critics',
          'source: test-nota, paragraph: 4, quote: "critics',
        ],
      ]);
    },
    code: 3,
    says: (dir) => [
      `${at(dir, 'actors.yaml', 'elbonya')}: unknown id "elbonya" (did you mean "elbonia"?)`,
      `${at(dir, 'actors.yaml', 'elbonia-gov')}: unknown id "elbonia-gov"`,
      `${at(dir, 'actors.yaml', 'elbonai')}: unknown id "elbonai"`,
      `${at(dir, 'actors.yaml', 'nowhere-org')}: unknown id "nowhere-org"`,
      `${at(dir, 'events.yaml', 'ruritanai')}: unknown id "ruritanai" (did you mean "ruritania"?)`,
      `${at(dir, 'events.yaml', 'ada-vanse')}: unknown id "ada-vanse" (did you mean "ada-vance"?)`,
      `${at(dir, 'events.yaml', 'dam-disput')}: unknown id "dam-disput" (did you mean "dam-dispute"?)`,
      `${at(dir, 'issues.yaml', 'ruritanie')}: unknown id "ruritanie"`,
      `${at(dir, 'issues.yaml', 'dam-projekt')}: unknown id "dam-projekt"`,
      `${at(dir, 'claims.yaml', 'dam-projec]')}: unknown id "dam-projec"`,
      `${at(dir, 'claims.yaml', 'test-nota')}: unknown id "test-nota" (did you mean "test-note"?)`,
    ],
    read: true,
  },
  {
    name: 'references to records of the wrong kind',
    make: (dir) => {
      edit(dir, 'events.yaml', 'countries: [elbonia, ruritania]', 'countries: [elbonia, ada-vance]');
      edit(dir, 'issues.yaml', 'actors: [dam-project]', 'actors: [dam-project, test-note]');
      edit(dir, 'claims.yaml', 'about: [dam-project]', 'about: [test-note]');
    },
    code: 3,
    says: (dir) => [
      `${at(dir, 'events.yaml', 'ada-vance]')}: "ada-vance" is not a country or group of countries`,
      `${at(dir, 'issues.yaml', 'test-note')}: "test-note" is not an actor`,
      `${at(dir, 'claims.yaml', 'test-note]')}: "test-note" is a source; claims are about actors, events, issues or claims`,
    ],
  },
  {
    name: 'quotes not in the cited paragraph',
    make: (dir) => {
      edit(dir, 'claims.yaml', 'quote: "critics say it is doomed"', 'quote: "critics said it is doomed"');
      edit(dir, 'issues.yaml', 'paragraph: 3, quote', 'paragraph: 4, quote');
      edit(dir, 'actors.yaml', 'paragraph: 4, quote', 'paragraph: 9, quote');
      edit(dir, 'events.yaml', 'quote: "plans to return next year"', 'quote: "Plans to  return next year"');
      edit(dir, 'claims.yaml', '{ value: 240,', '{ value: 420,');
    },
    code: 3,
    says: (dir) => [
      `${at(dir, 'claims.yaml', '"critics said')}: quote is not verbatim in paragraph 4 of "test-note"`,
      `${at(dir, 'issues.yaml', '"Trouble')}: quote is in paragraph 3, not 4`,
      `${at(dir, 'actors.yaml', '9, quote')}: paragraph 9 does not exist: "test-note" has 4`,
      `${at(dir, 'events.yaml', '"Plans')}: quote differs from paragraph 2 only in quotation marks, apostrophes, case or spacing`,
      `${at(dir, 'claims.yaml', '420')}: figure 420 does not appear in the record's quotes`,
    ],
  },
  {
    name: 'a name that stands for two actors, and an inferred date without a note',
    make: (dir) => {
      edit(dir, 'actors.yaml', 'aliases: [Elbonian]', 'aliases: [Elbonian, Kingdom of Ruritania]');
      edit(dir, 'events.yaml', '  date_note: The note gives no year; 2023 is the year it was written.\n', '');
    },
    code: 3,
    says: (dir) => [
      `${at(dir, 'actors.yaml', 'Kingdom of Ruritania', 2)}: "Kingdom of Ruritania" already names ruritania`,
      `${at(dir, 'events.yaml', 'id: vance-visit')}: date_note: an inferred date needs a date_note`,
    ],
  },
  {
    name: 'source texts outside the dataset or missing',
    make: (dir) => {
      edit(dir, 'sources.yaml', 'text: texts/note.txt', 'text: ../../etc/passwd');
      append(
        dir,
        'sources.yaml',
        `- id: other-note\n  kind: article\n  label: Other\n  title: null\n  author: null\n  publisher: null\n  published: 2023\n  published_basis: stated\n  text: texts/missing.txt\n`,
      );
    },
    code: 3,
    says: (dir) => [
      `${at(dir, 'sources.yaml', '../../etc/passwd')}: text must be a file inside the dataset directory: ../../etc/passwd`,
      `${at(dir, 'sources.yaml', 'texts/missing.txt')}: text file not found: texts/missing.txt`,
    ],
  },
];
