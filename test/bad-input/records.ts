import { edit } from '../helpers.js';
import { append, at, atValue, editAll, edits, rename, valid, type BadCase } from './make.js';

// Bad records: files that parse, holding records that break the schema (types, fields, dates,
// vocabularies, ids).

const SLUG = 'must be a kebab-case slug (a-z, 0-9 and single hyphens)';

export const RECORD_CASES: readonly BadCase[] = [
  {
    name: 'wrong types',
    make: (dir) => {
      edit(dir, 'claims.yaml', 'paragraph: 4, quote: "critics', 'paragraph: "four", quote: "critics');
      edit(dir, 'issues.yaml', 'countries: [ruritania]', 'countries: ruritania');
      edit(dir, 'actors.yaml', 'name: Dam project', 'name: [Dam, project]');
    },
    code: 3,
    says: (dir) => [
      `${at(dir, 'claims.yaml', '"four"')}: sources[0].paragraph: expected number, got string "four"`,
      `${at(dir, 'issues.yaml', 'ruritania')}: countries: expected array, got string "ruritania"`,
      `${at(dir, 'actors.yaml', '[Dam, project]')}: name: expected string, got a list`,
    ],
  },
  {
    name: 'unknown fields',
    make: (dir) => {
      edit(dir, 'events.yaml', '  date_basis: stated', '  date_basis: stated\n  statu: happened');
      edit(
        dir,
        'claims.yaml',
        'quote: "critics say it is doomed" }',
        'quote: "critics say it is doomed", page: 3 }',
      );
    },
    code: 3,
    says: (dir) => [
      `${at(dir, 'events.yaml', 'statu:')}: unknown field "statu" (did you mean "status"?)`,
      `${at(dir, 'claims.yaml', 'page:')}: unknown field "page"`,
    ],
  },
  {
    name: 'a missing required field, and a null record',
    make: (dir) => {
      edit(dir, 'issues.yaml', '  status: open\n', '');
      append(dir, 'claims.yaml', '-\n');
    },
    code: 3,
    says: (dir) => [
      `${at(dir, 'issues.yaml', 'id: dam-dispute')}: missing required field "status"`,
      'claims.yaml:18:2: record: expected object, got null',
    ],
  },
  {
    name: 'impossible dates',
    make: (dir) => {
      edit(dir, 'events.yaml', 'date: 2021-03', 'date: 2023-02-29');
      edit(dir, 'events.yaml', 'date: 2024\n', 'date: 1900-02-29/2000-02-29\n');
      edit(dir, 'actors.yaml', 'org: elbonia }', 'org: elbonia, from: 2024-04-31 }');
      edit(dir, 'issues.yaml', '  status: open\n', '  status: open\n  since: 2024-13\n');
    },
    code: 3,
    says: (dir) => [
      `${at(dir, 'events.yaml', '2023-02-29')}: date: 2023-02-29 is not a calendar date: February 2023 has 28 days`,
      `${at(dir, 'events.yaml', '1900-02-29')}: date: 1900-02-29 is not a calendar date: February 1900 has 28 days`,
      `${at(dir, 'actors.yaml', '2024-04-31')}: roles[0].from: 2024-04-31 is not a calendar date: April 2024 has 30 days`,
      `${at(dir, 'issues.yaml', '2024-13')}: since: 2024-13 is not a calendar date: there is no month 13`,
    ],
    read: true,
  },
  {
    name: 'malformed dates',
    make: (dir) => {
      edit(dir, 'events.yaml', 'date: 2021-03', 'date: "20210310"');
      edit(dir, 'events.yaml', 'date: 2024\n', 'date: 20240710\n');
      edit(dir, 'events.yaml', 'date: 2023-06-04/2023-06-05', 'date: June 2023');
      edit(dir, 'sources.yaml', 'published: 2023', 'published: 2023-6');
    },
    code: 3,
    says: (dir) => [
      `${at(dir, 'events.yaml', '"20210310"')}: date: 20210310 is not an EDTF date: digits without dashes must be a four-digit year (2024) or a long year after Y (Y12345); for a day write 2021-03-10`,
      `${at(dir, 'events.yaml', '20240710')}: date: 20240710 is not an EDTF date: digits without dashes`,
      `${at(dir, 'events.yaml', 'June 2023')}: date: "June 2023" is not an EDTF date; write e.g. 2024, 2024-07`,
      `${at(dir, 'sources.yaml', '2023-6')}: published: "2023-6" is not an EDTF date`,
    ],
  },
  {
    name: 'values outside a vocabulary',
    make: (dir) => {
      edit(dir, 'claims.yaml', 'kind: report', 'kind: rumour');
      edit(dir, 'claims.yaml', 'of: storage }', 'of: storage, qualifier: roughly }');
      edits(dir, 'events.yaml', [
        ['type: agreement', 'type: treaty'],
        ['status: planned', 'status: maybe'],
        ['date_basis: stated', 'date_basis: guessed'],
      ]);
      edit(dir, 'actors.yaml', 'kind: project', 'kind: projekt');
      edit(dir, 'issues.yaml', 'status: open', 'status: Open');
      edit(dir, 'sources.yaml', 'kind: article', 'kind: blog');
    },
    code: 3,
    says: (dir) => [
      `${atValue(dir, 'claims.yaml', 'kind', 'rumour')}: kind: "rumour" is not one of fact, report, assessment`,
      `${atValue(dir, 'claims.yaml', 'qualifier', 'roughly')}: figures[1].qualifier: "roughly" is not one of exactly, over, under, about`,
      `${atValue(dir, 'events.yaml', 'type', 'treaty')}: type: "treaty" is not one of visit, meeting, agreement`,
      `${atValue(dir, 'events.yaml', 'status', 'maybe')}: status: "maybe" is not one of happened, planned, ongoing`,
      `${atValue(dir, 'events.yaml', 'date_basis', 'guessed')}: date_basis: "guessed" is not one of stated, inferred`,
      `${atValue(dir, 'actors.yaml', 'kind', 'projekt')}: kind: "projekt" is not one of country, group, person`,
      `${atValue(dir, 'issues.yaml', 'status', 'Open')}: status: "Open" is not one of open, stalled, resolved (did you mean "open"?)`,
      `${atValue(dir, 'sources.yaml', 'kind', 'blog')}: kind: "blog" is not one of article, report, book`,
    ],
  },
  {
    name: 'ids with spaces, capitals and non-ASCII letters',
    make: (dir) => {
      edit(dir, 'claims.yaml', 'id: dam-size', 'id: dam size');
      edit(dir, 'claims.yaml', 'id: dam-doomed', 'id: Dam-Doomed');
      edit(dir, 'issues.yaml', 'id: dam-dispute', 'id: dam-streitfall-größe');
      editAll(dir, 'events.yaml', 'issues: [dam-dispute]', 'issues: [dam-streitfall-größe]');
    },
    code: 3,
    says: (dir) => [
      `${at(dir, 'claims.yaml', 'dam size')}: id: ${SLUG}`,
      `${at(dir, 'claims.yaml', 'Dam-Doomed')}: id: ${SLUG}`,
      `${at(dir, 'issues.yaml', 'dam-streitfall')}: id: ${SLUG}`,
      `${at(dir, 'events.yaml', 'dam-streitfall')}: issues[0]: ${SLUG}`,
    ],
  },
  {
    name: '__proto__ and constructor as ids and as keys',
    make: (dir) => {
      edit(dir, 'claims.yaml', 'id: dam-doomed', 'id: __proto__');
      edit(
        dir,
        'issues.yaml',
        '  status: open\n',
        '  status: open\n  __proto__: { polluted: true }\n  constructor: x\n',
      );
    },
    code: 3,
    says: (dir) => [
      `${at(dir, 'claims.yaml', '__proto__')}: id: ${SLUG}`,
      `${at(dir, 'issues.yaml', '__proto__')}: unknown field "__proto__"`,
      `${at(dir, 'issues.yaml', 'constructor')}: unknown field "constructor"`,
    ],
  },
  {
    name: 'ids that are names of Object.prototype (accepted)',
    make: (dir) => {
      rename(dir, 'ada-vance', 'constructor');
      rename(dir, 'dam-project', 'prototype');
      rename(dir, 'ruritania', 'hasownproperty');
      rename(dir, 'dam-dispute', 'valueof');
      rename(dir, 'dam-size', 'tostring');
    },
    code: 0,
    says: valid('1 sources, 5 actors, 3 events, 1 issues, 2 claims, 11 citations'),
    read: ['show', 'constructor'],
  },
];
