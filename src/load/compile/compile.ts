import {
  COMPILED_FORMAT,
  NAME_FIELDS,
  REF_FIELDS,
  SECTION_FIELDS,
  type CompiledMeta,
  type CoreSection,
  type EventsSection,
  type IdsSection,
  type RowsSection,
  type NamesSection,
  type RefField,
  type RefsSection,
  type Sections,
  type SourcesSection,
} from '../../dataset/compiled.js';
import { crc32, encodeContainer, type Part } from '../../dataset/container.js';
import { normalizeName, recordNames } from '../../model/names.js';
import {
  TYPE_OF,
  type Collections,
  type DatasetRecord,
  type Event,
  type Source,
} from '../../model/records.js';
import { referencesOf } from '../../model/references.js';
import { fnv1a32 } from '../../model/hash.js';
import { COLLECTION_NAMES, EVENT_STATUSES } from '../../model/vocabulary.js';
import { BUILD } from '../../version.js';
import { compareDates, edtfSpan } from '../check/edtf.js';
import { eventRow } from '../../model/event-row.js';
import { buildSearchIndex } from './search-index.js';

// Stage 4, compile: checked records into the form reading commands open (dataset/compiled.ts):
// the records as JSON (as --json prints them), events' TSV fields, dates parsed once, and the
// indexes the queries use.

/** What a compiled dataset was built from, for its header. */
export type CompileInputs = Pick<CompiledMeta, 'files' | 'texts' | 'datasetFile' | 'info'>;

/** Compiles checked collections into the bytes of a compiled dataset. */
export function compileDataset(collections: Collections, inputs: CompileInputs): Buffer {
  const entries: DatasetRecord[] = COLLECTION_NAMES.flatMap((name) =>
    collections[name].map((record) => ({ type: TYPE_OF[name], record }) as DatasetRecord),
  );
  // As an item of a --json list (timeline's, for one) is written: two spaces in, fields at four.
  const json = texts(entries, (entry) => JSON.stringify(entry.record, null, 2).replace(/\n/g, '\n  '));
  const core: CoreSection = { ids: entries.map((entry) => entry.record.id), ...json.table };
  const events = buildEvents(collections.events);
  const rows = texts(collections.events, (event, i) =>
    JSON.stringify([
      ...eventRow(event, { start: events.start[i]!, end: events.end[i]! }),
      event.sources.map((citation) => citation.source),
    ]),
  );
  const meta: CompiledMeta = {
    format: COMPILED_FORMAT,
    build: BUILD,
    unicode: process.versions.unicode ?? '',
    files: inputs.files,
    texts: inputs.texts,
    ...(inputs.datasetFile ? { datasetFile: inputs.datasetFile } : {}),
    info: inputs.info,
    counts: Object.fromEntries(
      COLLECTION_NAMES.map((name) => [name, collections[name].length]),
    ) as CompiledMeta['counts'],
  };
  const sections: Sections = {
    core,
    ids: buildIds(entries),
    refs: buildRefs(entries),
    events,
    rows: rows.table,
    search: buildSearchIndex(entries),
    sources: buildSources(collections.sources),
  };
  const parts: Record<string, Part> = { records: json.bytes, rows: rows.bytes };
  const addSection = (name: string, section: object, fields: readonly PropertyKey[]) => {
    for (const field of fields)
      parts[`${name}.${String(field)}`] = (section as Record<PropertyKey, Part>)[field]!;
  };
  for (const [name, fields] of Object.entries(SECTION_FIELDS))
    addSection(name, sections[name as keyof Sections], fields);
  let first = 0;
  for (const name of COLLECTION_NAMES) {
    const count = collections[name].length;
    addSection(`names.${name}`, buildNames(entries, first, first + count), NAME_FIELDS);
    first += count;
  }
  return encodeContainer(meta, parts);
}

// The texts made of items, one after another, with where each starts and its CRC-32 (each text
// made into bytes at once: a hundred thousand strings are not kept side by side).
function texts<T>(
  items: readonly T[],
  make: (item: T, i: number) => string,
): { bytes: Buffer; table: RowsSection } {
  const chunks = items.map((item, i) => Buffer.from(make(item, i)));
  const offsets = new Float64Array(chunks.length + 1);
  chunks.forEach((bytes, i) => (offsets[i + 1] = offsets[i]! + bytes.length));
  const crcs = Uint32Array.from(chunks, (bytes) => crc32(bytes));
  return { bytes: Buffer.concat(chunks), table: { offsets, crcs } };
}

// Every id's hash, in order (then by slot), with its slot.
function buildIds(entries: readonly DatasetRecord[]): IdsSection {
  const hashes = Uint32Array.from(entries, (entry) => fnv1a32(entry.record.id));
  const order = Array.from(hashes.keys()).sort((a, b) => hashes[a]! - hashes[b]! || a - b);
  return { hashes: Uint32Array.from(order, (slot) => hashes[slot]!), slots: Uint32Array.from(order) };
}

function buildRefs(entries: readonly DatasetRecord[]): RefsSection {
  const byId = new Map<string, { slots: number[]; fields: number[] }>();
  entries.forEach((entry, slot) => {
    for (const ref of referencesOf(entry)) {
      let list = byId.get(ref.id);
      if (!list) byId.set(ref.id, (list = { slots: [], fields: [] }));
      list.slots.push(slot);
      // A citation counts under "sources" wherever it stands (a disagreement's passages too); a
      // source's origin (derived_from) is not a citation of it.
      const field =
        ref.path[0] === 'derived_from'
          ? 'derived_from'
          : ref.target === 'source'
            ? 'sources'
            : (ref.path[0] as RefField);
      list.fields.push(REF_FIELDS.indexOf(field));
    }
  });
  const start = [0];
  const slots: number[] = [];
  const fields: number[] = [];
  for (const list of byId.values()) {
    // (a loop, not push(...list): a source cited by every record is too long to spread)
    for (let i = 0; i < list.slots.length; i++) {
      slots.push(list.slots[i]!);
      fields.push(list.fields[i]!);
    }
    start.push(slots.length);
  }
  return {
    ids: [...byId.keys()],
    start: Uint32Array.from(start),
    slots: Uint32Array.from(slots),
    fields: Uint8Array.from(fields),
  };
}

function buildEvents(events: readonly Event[]): EventsSection {
  const dates = events.map((event) => ({ value: event.date, span: edtfSpan(event.date) }));
  const order = dates.map((_, i) => i).sort((a, b) => compareDates(dates[a]!, dates[b]!) || a - b);
  const rank = new Uint32Array(events.length);
  order.forEach((event, position) => (rank[event] = position));
  return {
    start: Float64Array.from(dates, (date) => date.span?.start ?? NaN),
    end: Float64Array.from(dates, (date) => date.span?.end ?? NaN),
    rank,
    status: Uint8Array.from(events, (event) => EVENT_STATUSES.indexOf(event.status)),
  };
}

// The spans of the sources' published dates: which source is the latest, without parsing EDTF again.
function buildSources(sources: readonly Source[]): SourcesSection {
  const spans = sources.map((source) => edtfSpan(source.published));
  return {
    start: Float64Array.from(spans, (span) => span?.start ?? NaN),
    end: Float64Array.from(spans, (span) => span?.end ?? NaN),
  };
}

// The names of the records in slots [from, to).
function buildNames(entries: readonly DatasetRecord[], from: number, to: number): NamesSection {
  const names: string[] = [];
  const slots: number[] = [];
  const correctable: number[] = [];
  entries.slice(from, to).forEach((entry, i) => {
    const slot = from + i;
    const { all, correctable: unasked } = recordNames(entry);
    for (const name of new Set(all)) {
      names.push(normalizeName(name));
      slots.push(slot);
      correctable.push(unasked.includes(name) ? 1 : 0);
    }
  });
  return {
    names,
    slots: Uint32Array.from(slots),
    correctable: Uint8Array.from(correctable),
  };
}
