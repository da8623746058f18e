import type { Dataset } from '../dataset/dataset.js';
import { isoDay } from '../model/dates.js';
import {
  TYPE_OF,
  type Actor,
  type Citation,
  type Claim,
  type DatasetRecord,
  type Event,
  type Issue,
  type Source,
} from '../model/records.js';
import { referencesOf } from '../model/references.js';
import { COLLECTION_NAMES, type CollectionName } from '../model/vocabulary.js';
import type { SqlValue, SqliteColumn, SqliteDocument, SqliteTable } from '../output/sqlite.js';
import { VERSION } from '../version.js';
import { supportIn } from '../query/support.js';

// The dataset as the tables of an SQLite file (car-brief export sqlite): one table per collection,
// a row per record, its main fields as columns, its lists as JSON text and the whole record in
// `json`; then what links records (citations with their quotes, claims' figures, references
// between records), each record's support, and the text that the full-text index searches.

/** The layout of the tables (PRAGMA user_version): raised when a table or column changes meaning. */
export const SQLITE_LAYOUT = 1;

type Row = SqlValue[];
type AnyRecord = Source | Actor | Event | Issue | Claim;

const text = (name: string, more: Partial<SqliteColumn> = {}): SqliteColumn => ({
  name,
  type: 'TEXT',
  ...more,
});
const integer = (name: string, more: Partial<SqliteColumn> = {}): SqliteColumn => ({
  name,
  type: 'INTEGER',
  ...more,
});
const id = text('id', { key: true });
const required = { required: true } as const;
// The record a row is about, in the tables of what records cite, name and say.
const OF_RECORD = [text('record_id', required), text('collection', required)];
const json = text('json', required);
// A value as a cell: absent is NULL; a list or an object is JSON text.
const cell = (value: unknown): SqlValue =>
  value === undefined || value === null
    ? null
    : typeof value === 'string' || typeof value === 'number'
      ? value
      : JSON.stringify(value);

/** Every table of the export of a dataset. */
export function sqliteTables(dataset: Dataset): SqliteDocument {
  return {
    version: SQLITE_LAYOUT,
    tables: [
      aboutTable(dataset),
      ...recordTables(dataset),
      citationsTable(dataset),
      figuresTable(dataset),
      linksTable(dataset),
      supportTable(dataset),
      searchTable(dataset),
    ],
  };
}

function aboutTable(dataset: Dataset): SqliteTable {
  const { title, description, perspective } = dataset.info;
  const pairs = { title, description, perspective, exported_by: `car-brief ${VERSION}` };
  return {
    name: 'dataset',
    columns: [text('key', { key: true }), text('value')],
    rows: Object.entries(pairs).flatMap(([key, value]) => (value === undefined ? [] : [[key, value]])),
  };
}

function recordTables(dataset: Dataset): SqliteTable[] {
  const table = <R extends AnyRecord>(
    name: CollectionName,
    records: readonly R[],
    columns: readonly SqliteColumn[],
    row: (record: R) => Row,
  ): SqliteTable => ({
    name,
    columns: [id, ...columns, json],
    rows: records.map((record) => [record.id, ...row(record), JSON.stringify(record)]),
  });
  const lists = (...names: string[]) => names.map((name) => text(name));
  const day = (instant: number) => isoDay(instant) || null;
  return [
    table(
      'sources',
      dataset.sources,
      [
        ...lists('kind', 'label', 'title', 'author', 'publisher', 'published', 'published_basis', 'url'),
        text('derived_from', { references: 'sources' }),
        ...lists('text', 'sha256', 'added', 'notes'),
      ],
      (s) =>
        [
          ...[s.kind, s.label, s.title, s.author, s.publisher, s.published, s.published_basis, s.url],
          ...[s.derived_from, s.text, s.sha256, s.added, s.notes],
        ].map(cell),
    ),
    table(
      'actors',
      dataset.actors,
      lists('kind', 'name', 'aliases', 'summary', 'iso2', 'iso3', 'capital', 'region', 'countries').concat(
        lists('members', 'affiliations', 'roles', 'tags'),
      ),
      (a) =>
        [
          ...[a.kind, a.name, a.aliases, a.summary, a.iso2, a.iso3, a.capital, a.region, a.countries],
          ...[a.members, a.affiliations, a.roles, a.tags],
        ].map(cell),
    ),
    table(
      'events',
      dataset.events,
      lists('date', 'date_start', 'date_end', 'date_basis', 'date_note', 'status', 'type', 'title').concat(
        lists('summary', 'countries', 'actors', 'issues', 'tags'),
      ),
      (e) => {
        const span = dataset.eventSpanAt(dataset.slotOf(e));
        return [
          ...[e.date, day(span.start), day(span.end), e.date_basis, e.date_note, e.status, e.type],
          ...[e.title, e.summary, e.countries, e.actors, e.issues, e.tags],
        ].map(cell);
      },
    ),
    table(
      'issues',
      dataset.issues,
      lists('title', 'status', 'since', 'summary', 'countries', 'actors', 'tags'),
      (i) => [i.title, i.status, i.since, i.summary, i.countries, i.actors, i.tags].map(cell),
    ),
    table(
      'claims',
      dataset.claims,
      lists('statement', 'kind', 'attribution', 'about', 'figures', 'tags'),
      (c) => [c.statement, c.kind, c.attribution, c.about, c.figures, c.tags].map(cell),
    ),
  ];
}

// Every record that cites, with its collection: all but the sources.
function citingRecords(
  dataset: Dataset,
): { collection: CollectionName; record: Exclude<AnyRecord, Source> }[] {
  return COLLECTION_NAMES.filter((name) => name !== 'sources').flatMap((collection) =>
    dataset.all(collection).map((record) => ({ collection, record: record as Exclude<AnyRecord, Source> })),
  );
}

function citationsTable(dataset: Dataset): SqliteTable {
  return {
    name: 'citations',
    columns: [
      ...OF_RECORD,
      text('source_id', { ...required, references: 'sources' }),
      integer('paragraph', required),
      text('quote', required),
    ],
    rows: citingRecords(dataset).flatMap(({ collection, record }) =>
      record.sources.map((c: Citation) => [record.id, collection, c.source, c.paragraph, c.quote]),
    ),
  };
}

function figuresTable(dataset: Dataset): SqliteTable {
  return {
    name: 'figures',
    columns: [
      text('claim_id', { ...required, references: 'claims' }),
      { name: 'value', type: 'REAL', ...required },
      text('unit', required),
      text('of', required),
      text('qualifier', required),
    ],
    rows: dataset.claims.flatMap((claim) =>
      claim.figures.map((f) => [claim.id, f.value, f.unit, f.of, f.qualifier]),
    ),
  };
}

// What each record names (countries, actors, issues, what a claim is about, a source's origin…),
// as validation reads it; the sources a record cites are the citations table.
function linksTable(dataset: Dataset): SqliteTable {
  const collectionOf = (recordId: string): SqlValue => {
    const type = dataset.get(recordId)?.type;
    return COLLECTION_NAMES.find((name) => TYPE_OF[name] === type) ?? null;
  };
  const rows = COLLECTION_NAMES.flatMap((collection) =>
    dataset.all(collection).flatMap((record) => {
      const entry = { type: TYPE_OF[collection], record } as DatasetRecord;
      const seen = new Set<string>();
      return referencesOf(entry).flatMap((ref): Row[] => {
        // The field, named by its path without positions: countries, actors, roles.org, disagreements.records.
        const field = ref.path
          .filter((part) => typeof part === 'string')
          .join('.')
          .replace(/\.id$/, '');
        if (field === 'sources.source' || field === 'disagreements.passages.source') return [];
        const role =
          entry.type === 'event' && field === 'actors'
            ? entry.record.actors[ref.path[1] as number]?.role
            : undefined;
        const key = `${field}\u0000${ref.id}`;
        if (seen.has(key)) return [];
        seen.add(key);
        return [[record.id, collection, field, ref.id, collectionOf(ref.id), role ?? null]];
      });
    }),
  );
  return {
    name: 'record_links',
    columns: [
      ...OF_RECORD,
      text('field', required),
      text('target_id', required),
      text('target_collection'),
      text('role'),
    ],
    rows,
  };
}

function supportTable(dataset: Dataset): SqliteTable {
  const supportOf = supportIn(dataset);
  return {
    name: 'support',
    columns: [
      text('record_id', { key: true }),
      text('collection', required),
      integer('sources', required),
      integer('independent', required),
      text('latest'),
    ],
    rows: citingRecords(dataset).map(({ collection, record }) => {
      const support = supportOf(record.sources);
      return [record.id, collection, support.sources, support.independent, support.latest];
    }),
  };
}

// The text people search: claims' statements, events' and issues' titles and summaries, actors'
// names and summaries, and every quote, each a row naming its record and field.
function searchTable(dataset: Dataset): SqliteTable {
  const rows: Row[] = [];
  const add = (collection: CollectionName, recordId: string, field: string, value: string) =>
    rows.push([rows.length + 1, recordId, collection, field, value]);
  for (const claim of dataset.claims) add('claims', claim.id, 'statement', claim.statement);
  for (const [collection, records] of [
    ['events', dataset.events],
    ['issues', dataset.issues],
  ] as const) {
    for (const record of records) {
      add(collection, record.id, 'title', record.title);
      add(collection, record.id, 'summary', record.summary);
    }
  }
  for (const actor of dataset.actors) {
    add('actors', actor.id, 'name', actor.name);
    add('actors', actor.id, 'summary', actor.summary);
  }
  for (const { collection, record } of citingRecords(dataset))
    for (const citation of record.sources) add(collection, record.id, 'quote', citation.quote);
  return {
    name: 'search',
    columns: [integer('id', { key: true }), ...OF_RECORD, text('field', required), text('text', required)],
    rows,
    fullText: ['text'],
  };
}
