import type { DateSpan } from '../model/dates.js';
import { TYPE_OF, type DatasetRecord, type RecordsOf, type RecordType } from '../model/records.js';
import { COLLECTION_NAMES, type CollectionName } from '../model/vocabulary.js';
import {
  COMPILED_FORMAT,
  REF_FIELDS,
  SECTION_FIELDS,
  type CompiledMeta,
  type EventsSection,
  type NamesSection,
  type RefField,
  type RefsSection,
  type SearchSection,
  type Sections,
} from './compiled.js';
import {
  CorruptEntryError,
  crc32,
  openContainer,
  type ByteSource,
  type Container,
  type Part,
} from './container.js';

// Records are read a run of neighbours at a time, into one buffer kept for the purpose: runs
// end where the next record wanted is more than GAP bytes on, or at RUN bytes.
const GAP = 16 * 1024;
const RUN = 1024 * 1024;

/**
 * A dataset opened for reading, from its compiled form. Records are parsed when first asked
 * for and then kept; indexes are decoded when a command first uses them.
 */
export class Dataset {
  readonly counts: CompiledMeta['counts'];
  private readonly base: { readonly [K in CollectionName]: number };
  private readonly offsets: Float64Array;
  private readonly crcs: Uint32Array;
  private ids?: readonly string[];
  private scratch = Buffer.alloc(0);
  private readonly decoded: (DatasetRecord | undefined)[];
  private readonly slots = new WeakMap<object, number>();
  private readonly lists = new Map<CollectionName, readonly unknown[]>();
  private idIndex?: Map<string, number>;
  private refIndex?: { section: RefsSection; byId: Map<string, number> };
  private eventData?: EventsSection;
  private readonly nameData = new Map<CollectionName, NamesSection>();
  private searchData?: SearchSection;

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
    this.offsets = container.part<Float64Array>('core.offsets');
    this.crcs = container.part<Uint32Array>('core.crcs');
    this.decoded = new Array<DatasetRecord | undefined>(next);
    if (this.offsets.length !== next + 1 || this.crcs.length !== next)
      throw new CorruptEntryError(container.source.path);
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

  /** What the compiled form was built from. */
  get meta(): CompiledMeta {
    return this.container.meta;
  }

  /** The number of records. */
  get size(): number {
    return this.decoded.length;
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
    return this.decoded[slot] ?? this.entries([slot])[0]!;
  }

  /** The records in these slots, in that order: read a run of neighbours at a time. */
  entries(slots: readonly number[]): DatasetRecord[] {
    const wanted = [...new Set(slots.filter((slot) => !this.decoded[slot]))].sort((a, b) => a - b);
    const { offsets } = this;
    for (let i = 0; i < wanted.length;) {
      const from = offsets[wanted[i]!]!;
      let j = i;
      while (
        j + 1 < wanted.length &&
        offsets[wanted[j + 1]!]! - offsets[wanted[j]! + 1]! <= GAP &&
        offsets[wanted[j + 1]! + 1]! - from <= RUN
      ) {
        j++;
      }
      const to = offsets[wanted[j]! + 1]!;
      if (this.scratch.length < to - from) this.scratch = Buffer.allocUnsafe(Math.max(to - from, 64 * 1024));
      this.container.read('records', this.scratch, from, to);
      for (let k = i; k <= j; k++) this.decode(wanted[k]!, offsets[wanted[k]!]! - from);
      i = j + 1;
    }
    return slots.map((slot) => this.decoded[slot]!);
  }

  /** The record with this id, if there is one. */
  get(id: string): DatasetRecord | undefined {
    this.idIndex ??= new Map(this.allIds().map((value, slot) => [value, slot]));
    const slot = this.idIndex.get(id);
    return slot === undefined ? undefined : this.entry(slot);
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
    const slot = this.slots.get(record);
    if (slot === undefined) throw new Error('record is not from this dataset');
    return slot;
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

  /** The span of time an event's date can mean. */
  eventSpan(event: RecordsOf['events']): DateSpan {
    const i = this.eventIndex(event);
    return { start: this.eventData!.start[i]!, end: this.eventData!.end[i]! };
  }

  /** An event's place in date order (EDTF: earliest possible moment first; ties in load order). */
  eventRank(event: RecordsOf['events']): number {
    const i = this.eventIndex(event);
    return this.eventData!.rank[i]!;
  }

  /** Every name each record of these types answers to, folded, with its slot (in slot order). */
  names(types: readonly RecordType[]): NamesSection {
    const sections = COLLECTION_NAMES.filter((name) => types.includes(TYPE_OF[name])).map((name) => {
      let section = this.nameData.get(name);
      if (!section) {
        const part = <T extends Part>(field: string) => this.container.part<T>(`names.${name}.${field}`);
        section = { names: part('names'), slots: part('slots'), correctable: part('correctable') };
        this.nameData.set(name, section);
      }
      return section;
    });
    if (sections.length === 1) return sections[0]!;
    return {
      names: sections.flatMap((section) => section.names),
      slots: concat(
        Uint32Array,
        sections.map((section) => section.slots),
      ),
      correctable: concat(
        Uint8Array,
        sections.map((section) => section.correctable),
      ),
    };
  }

  /** The inverted index search reads. */
  searchIndex(): SearchSection {
    return (this.searchData ??= this.section('search'));
  }

  private allIds(): readonly string[] {
    return (this.ids ??= this.container.part<string[]>('core.ids'));
  }

  // Parses the record of slot from the scratch buffer, where it starts at start.
  private decode(slot: number, start: number): void {
    const bytes = this.scratch.subarray(start, start + this.offsets[slot + 1]! - this.offsets[slot]!);
    if (crc32(bytes) !== this.crcs[slot]) throw new CorruptEntryError(this.container.source.path);
    const record = JSON.parse(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'),
    ) as object;
    this.decoded[slot] = { type: this.typeAt(slot), record } as DatasetRecord;
    this.slots.set(record, slot);
  }

  // A section, its fields decoded from their parts.
  private section<K extends keyof Sections>(name: K): Sections[K] {
    const fields = SECTION_FIELDS[name] as readonly PropertyKey[];
    return Object.fromEntries(
      fields.map((field) => [field, this.container.part(`${name}.${String(field)}`)]),
    ) as unknown as Sections[K];
  }

  // The event's index in the events section (which is decoded first, if need be).
  private eventIndex(event: RecordsOf['events']): number {
    this.eventData ??= this.section('events');
    return this.slotOf(event) - this.base.events;
  }
}

// Typed arrays one after another.
function concat<T extends Uint8Array | Uint32Array>(
  Kind: { new (length: number): T },
  arrays: readonly T[],
): T {
  const result = new Kind(arrays.reduce((sum, array) => sum + array.length, 0));
  let at = 0;
  for (const array of arrays) {
    result.set(array as never, at);
    at += array.length;
  }
  return result;
}
