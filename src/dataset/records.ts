import type { DatasetRecord, RecordType } from '../model/records.js';
import { CorruptEntryError, crc32, type Container } from './container.js';

// Records are read a run of neighbours at a time, into one buffer kept for the purpose: runs
// end where the next record wanted is more than GAP bytes on, or at RUN bytes.
const GAP = 16 * 1024;
const RUN = 1024 * 1024;

/** The records of a compiled dataset, parsed when first asked for and then kept. */
export class RecordReader {
  private readonly offsets: Float64Array;
  private readonly crcs: Uint32Array;
  private readonly decoded: (DatasetRecord | undefined)[];
  private readonly slots = new WeakMap<object, number>();
  private scratch = Buffer.alloc(0);

  /** Throws CorruptEntryError when the container's record table does not fit size records. */
  constructor(
    private readonly container: Container<unknown>,
    size: number,
    private readonly typeAt: (slot: number) => RecordType,
  ) {
    this.offsets = container.part<Float64Array>('core.offsets');
    this.crcs = container.part<Uint32Array>('core.crcs');
    this.decoded = new Array<DatasetRecord | undefined>(size);
    if (this.offsets.length !== size + 1 || this.crcs.length !== size) {
      throw new CorruptEntryError(container.source.path);
    }
  }

  /** The records in these slots, in that order. */
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

  /** The record in a slot. */
  entry(slot: number): DatasetRecord {
    return this.decoded[slot] ?? this.entries([slot])[0]!;
  }

  /** The slot of a record this reader returned. */
  slotOf(record: object): number {
    const slot = this.slots.get(record);
    if (slot === undefined) throw new Error('record is not from this dataset');
    return slot;
  }

  // Checks and parses the record of slot, which starts at start in the scratch buffer.
  private decode(slot: number, start: number): void {
    const end = start + this.offsets[slot + 1]! - this.offsets[slot]!;
    if (crc32(this.scratch.subarray(start, end)) !== this.crcs[slot]) {
      throw new CorruptEntryError(this.container.source.path);
    }
    const record = JSON.parse(this.scratch.toString('utf8', start, end)) as object;
    this.decoded[slot] = { type: this.typeAt(slot), record } as DatasetRecord;
    this.slots.set(record, slot);
  }
}
