import type { DatasetInfo } from '../model/records.js';
import type { DateSpan } from '../model/dates.js';
import { fnv1a32 } from '../model/hash.js';
import { lowerBound } from '../model/sorted.js';
import { TYPE_OF, type DatasetRecord, type RecordsOf, type RecordType } from '../model/records.js';
import { COLLECTION_NAMES, EVENT_STATUSES, type CollectionName } from '../model/vocabulary.js';
import {
  COMPILED_FORMAT,
  REF_FIELDS,
  SECTION_FIELDS,
  type CompiledMeta,
  type EventRow,
  type EventsSection,
  type IdsSection,
  type NamesSection,
  type RefField,
  type RefsSection,
  type SearchSection,
  type Sections,
  type SourcesSection,
} from './compiled.js';
import { CorruptEntryError, openContainer, type ByteSource, type Container } from './container.js';
import { NameIndex } from './names.js';
import { RecordReader, TextTable } from './records.js';

/**
 * A dataset opened for reading, from its compiled form. Records are parsed when first asked
 * for and then kept; indexes are decoded when a command first uses them.
 */
export class Dataset {
  readonly counts: CompiledMeta['counts'];
  /** The number of records. */
  readonly size: number;
  private readonly base: { readonly [K in CollectionName]: number };
  private readonly records: RecordReader;
  private readonly nameIndex: NameIndex;
  private ids?: readonly string[];
  private readonly lists = new Map<CollectionName, readonly unknown[]>();
  private idIndex?: IdsSection;
  private rows?: TextTable;
  private refIndex?: { section: RefsSection; byId: Map<string, number> };
  private eventData?: EventsSection;
  private searchData?: SearchSection;
  private sourceData?: SourcesSection;

  private constructor(
    /** The dataset directory (absolute). */
    readonly dir: string,
    private readonly container: Container<CompiledMeta>,
  ) {
    this.counts = container.meta.counts;
    let next = 0;
    const base = {} as { [K in CollectionName]: number };
    for (const name of COLLECTION_NAMES) {
      base[name] = next;
      next += this.counts[name];
    }
    this.base = base;
    this.size = next;
    this.records = new RecordReader(container, next, (slot) => this.typeAt(slot));
    this.nameIndex = new NameIndex(container);
  }

  /**
   * Opens a compiled dataset; undefined when it is not one of this format, or is damaged where
   * that shows at once (a part damaged further in throws CorruptEntryError when it is read).
   */
  static open(source: ByteSource, dir: string): Dataset | undefined {
    const container = openContainer<CompiledMeta>(source);
    if (!container || container.meta.format !== COMPILED_FORMAT) return undefined;
    try {
      return new Dataset(dir, container);
    } catch (error) {
      if (error instanceof CorruptEntryError) return undefined;
      throw error;
    }
  }

  /** Lets go of the compiled file; the dataset cannot be read after. */
  close(): void {
    this.container.source.close();
  }

  /** What the compiled form was built from. */
  get meta(): CompiledMeta {
    return this.container.meta;
  }

  /** What the dataset file (dataset.yaml) says: title, description, perspective, settings; {} without one. */
  get info(): DatasetInfo {
    return this.container.meta.info;
  }

  get sources(): readonly RecordsOf['sources'][] {
    return this.all('sources');
  }
  get actors(): readonly RecordsOf['actors'][] {
    return this.all('actors');
  }
  get events(): readonly RecordsOf['events'][] {
    return this.all('events');
  }
  get issues(): readonly RecordsOf['issues'][] {
    return this.all('issues');
  }
  get claims(): readonly RecordsOf['claims'][] {
    return this.all('claims');
  }

  /** Every record of a collection, in load order. */
  all<K extends CollectionName>(name: K): readonly RecordsOf[K][] {
    let list = this.lists.get(name);
    if (!list) {
      const from = this.base[name];
      const slots = Array.from({ length: this.counts[name] }, (_, i) => from + i);
      list = this.entries(slots).map((entry) => entry.record);
      this.lists.set(name, list);
    }
    return list as readonly RecordsOf[K][];
  }

  /** The record in a slot, with its type. */
  entry(slot: number): DatasetRecord {
    return this.records.entry(slot);
  }

  /** The records in these slots, in that order (read together: cheaper than one by one). */
  entries(slots: readonly number[]): DatasetRecord[] {
    return this.records.entries(slots);
  }

  /** The JSON of the records in these slots, as --json writes a record (two spaces a level), without parsing it. */
  json(slots: readonly number[]): string[] {
    return this.records.json(slots);
  }

  /** The record with this id, if there is one (found by the hash of its id: no other id is read). */
  get(id: string): DatasetRecord | undefined {
    const { hashes, slots } = (this.idIndex ??= this.section('ids'));
    const hash = fnv1a32(id);
    for (let i = lowerBound(hashes, hash); i < hashes.length && hashes[i] === hash; i++) {
      const entry = this.entry(slots[i]!);
      if (entry.record.id === id) return entry;
    }
    return undefined;
  }

  /** The id of the record in a slot (without parsing it). */
  idAt(slot: number): string {
    return this.allIds()[slot]!;
  }

  /** The type of the record in a slot. */
  typeAt(slot: number): RecordType {
    for (let i = COLLECTION_NAMES.length - 1; i >= 0; i--) {
      const name = COLLECTION_NAMES[i]!;
      if (slot >= this.base[name]) return TYPE_OF[name];
    }
    throw new RangeError(`no slot ${slot}`);
  }

  /** The slots of a collection's records: [first, end). */
  range(name: CollectionName): readonly [number, number] {
    return [this.base[name], this.base[name] + this.counts[name]];
  }

  /** The slot of a record this dataset returned. */
  slotOf(record: object): number {
    return this.records.slotOf(record);
  }

  /** The slots of the records that name id (through one of fields, if given), ascending, each once. */
  referrers(id: string, fields?: readonly RefField[]): number[] {
    if (!this.refIndex) {
      const section = this.section('refs');
      this.refIndex = { section, byId: new Map(section.ids.map((value, i) => [value, i])) };
    }
    const { section, byId } = this.refIndex;
    const at = byId.get(id);
    if (at === undefined) return [];
    const wanted = fields?.map((field) => REF_FIELDS.indexOf(field));
    const found: number[] = [];
    for (let i = section.start[at]!; i < section.start[at + 1]!; i++) {
      const slot = section.slots[i]!;
      if (wanted && !wanted.includes(section.fields[i]!)) continue;
      if (found[found.length - 1] !== slot) found.push(slot);
    }
    return found;
  }

  /** The span of time the date of the event in a slot can mean. */
  eventSpanAt(slot: number): DateSpan {
    const data = this.eventSection();
    const i = slot - this.base.events;
    return { start: data.start[i]!, end: data.end[i]! };
  }

  /** The place in date order of the event in a slot (EDTF: earliest possible moment first; ties in load order). */
  eventRankAt(slot: number): number {
    return this.eventSection().rank[slot - this.base.events]!;
  }

  /** The status of the event in a slot, without reading its record. */
  eventStatusAt(slot: number): (typeof EVENT_STATUSES)[number] {
    return EVENT_STATUSES[this.eventSection().status[slot - this.base.events]!]!;
  }

  /** The rows of the events in these slots (EventRow), in that order, without reading their records. */
  eventRows(slots: readonly number[]): EventRow[] {
    const first = this.base.events;
    this.rows ??= new TextTable(this.container, 'rows', 'rows', this.counts.events);
    return this.rows.texts(slots.map((slot) => slot - first)).map((text) => {
      // [...its TSV fields, [the sources it cites]]
      const row = JSON.parse(text) as unknown[];
      return { fields: row.slice(0, -1) as string[], sources: row.at(-1) as string[] };
    });
  }

  /** The span of time the published date of the source in a slot can mean (NaN ends: none). */
  publishedSpanAt(slot: number): DateSpan {
    const data = (this.sourceData ??= this.section('sources'));
    const i = slot - this.base.sources;
    return { start: data.start[i]!, end: data.end[i]! };
  }

  /** Every name each record of these types answers to, folded, with its slot (in slot order). */
  names(types: readonly RecordType[]): NamesSection {
    return this.nameIndex.of(COLLECTION_NAMES.filter((name) => types.includes(TYPE_OF[name])));
  }

  /** The inverted index search reads. */
  searchIndex(): SearchSection {
    return (this.searchData ??= this.section('search'));
  }

  private allIds(): readonly string[] {
    return (this.ids ??= this.container.part<string[]>('core.ids'));
  }

  // A section, its fields decoded from their parts.
  private section<K extends keyof Sections>(name: K): Sections[K] {
    const fields = SECTION_FIELDS[name] as readonly PropertyKey[];
    return Object.fromEntries(
      fields.map((field) => [field, this.container.part(`${name}.${String(field)}`)]),
    ) as unknown as Sections[K];
  }

  private eventSection(): EventsSection {
    return (this.eventData ??= this.section('events'));
  }
}
