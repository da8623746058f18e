import type { DatasetRecord, RecordType } from '../model/records.js';
import { CorruptEntryError, crc32, type Container } from './container.js';

// Texts (records' JSON, events' rows) are read a run of neighbours at a time, into one buffer
// kept for the purpose: runs end where the next text wanted is more than GAP bytes on, or at RUN bytes.
const GAP = 16 * 1024;
const RUN = 1024 * 1024;

/** A part holding texts one after another, with a table of where each starts and its CRC-32. */
export class TextTable {
  private readonly offsets: Float64Array;
  private readonly crcs: Uint32Array;
  private scratch = Buffer.alloc(0);

  /** Throws CorruptEntryError when the table does not fit size texts. */
  constructor(
    private readonly container: Container<unknown>,
    private readonly part: string,
    table: string,
    size: number,
  ) {
    this.offsets = container.part<Float64Array>(`${table}.offsets`);
    this.crcs = container.part<Uint32Array>(`${table}.crcs`);
    if (this.offsets.length !== size + 1 || this.crcs.length !== size) {
      throw new CorruptEntryError(container.source.path);
    }
  }

  /** Calls each with every text of these slots (ascending, each once), checked. */
  read(slots: readonly number[], each: (slot: number, text: string) => void): void {
    const { offsets } = this;
    for (let i = 0; i < slots.length;) {
      const from = offsets[slots[i]!]!;
      let j = i;
      while (
        j + 1 < slots.length &&
        offsets[slots[j + 1]!]! - offsets[slots[j]! + 1]! <= GAP &&
        offsets[slots[j + 1]! + 1]! - from <= RUN
      ) {
        j++;
      }
      const to = offsets[slots[j]! + 1]!;
      if (this.scratch.length < to - from) this.scratch = Buffer.allocUnsafe(Math.max(to - from, 64 * 1024));
      this.container.read(this.part, this.scratch, from, to);
      for (let k = i; k <= j; k++) {
        const slot = slots[k]!;
        const start = offsets[slot]! - from;
        const end = start + offsets[slot + 1]! - offsets[slot]!;
        if (crc32(this.scratch.subarray(start, end)) !== this.crcs[slot]) {
          throw new CorruptEntryError(this.container.source.path);
        }
        each(slot, this.scratch.toString('utf8', start, end));
      }
      i = j + 1;
    }
  }

  /** The texts of these slots, in that order. */
  texts(slots: readonly number[]): string[] {
    const found = new Map<number, string>();
    this.read(ascending(slots), (slot, text) => found.set(slot, text));
    return slots.map((slot) => found.get(slot)!);
  }
}

/** The records of a compiled dataset, parsed when first asked for and then kept. */
export class RecordReader {
  private readonly table: TextTable;
  private readonly decoded: (DatasetRecord | undefined)[];
  private readonly slots = new WeakMap<object, number>();

  /** Throws CorruptEntryError when the container's record table does not fit size records. */
  constructor(
    container: Container<unknown>,
    size: number,
    private readonly typeAt: (slot: number) => RecordType,
  ) {
    this.table = new TextTable(container, 'records', 'core', size);
    this.decoded = new Array<DatasetRecord | undefined>(size);
  }

  /** The records in these slots, in that order. */
  entries(slots: readonly number[]): DatasetRecord[] {
    const wanted = ascending(slots.filter((slot) => !this.decoded[slot]));
    this.table.read(wanted, (slot, text) => {
      const record = JSON.parse(text) as object;
      this.decoded[slot] = { type: this.typeAt(slot), record } as DatasetRecord;
      this.slots.set(record, slot);
    });
    return slots.map((slot) => this.decoded[slot]!);
  }

  /** The record in a slot. */
  entry(slot: number): DatasetRecord {
    return this.decoded[slot] ?? this.entries([slot])[0]!;
  }

  /** The JSON of the records in these slots, as --json writes a record (two spaces a level), unparsed. */
  json(slots: readonly number[]): string[] {
    return this.table.texts(slots);
  }

  /** The slot of a record this reader returned. */
  slotOf(record: object): number {
    const slot = this.slots.get(record);
    if (slot === undefined) throw new Error('record is not from this dataset');
    return slot;
  }
}

// Slots in ascending order, each once.
function ascending(slots: readonly number[]): number[] {
  return [...new Set(slots)].sort((a, b) => a - b);
}
