import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';

// The bytes of a compiled dataset: a magic line, a JSON header line, then named sections.
// Each section is decoded only when a command first needs it, and the CRC-32 of the body is
// checked on opening, so a truncated, corrupt or foreign file is refused, never half-read.

const MAGIC = 'car-brief compiled dataset\n';

/** A section's bytes: a value serialised with v8 (typed arrays cost a copy to read), or raw bytes. */
export type SectionData = { readonly v8: unknown } | { readonly raw: Uint8Array };

interface Header<H> {
  readonly meta: H;
  readonly sections: Record<string, readonly [offset: number, length: number]>;
  readonly length: number;
  readonly crc: number;
}

/** Writes the header data and the sections into one buffer. */
export function encodeContainer<H>(meta: H, sections: Record<string, SectionData>): Buffer {
  const parts: Uint8Array[] = [];
  const table: Record<string, readonly [number, number]> = {};
  let offset = 0;
  for (const [name, data] of Object.entries(sections)) {
    const bytes = 'raw' in data ? data.raw : serialize(data.v8);
    table[name] = [offset, bytes.length];
    parts.push(bytes);
    offset += bytes.length;
  }
  const body = Buffer.concat(parts);
  const header: Header<H> = { meta, sections: table, length: body.length, crc: crc32(body) };
  return Buffer.concat([Buffer.from(MAGIC + JSON.stringify(header) + '\n'), body]);
}

/** An opened container: its header data, and its sections on demand. */
export interface Container<H> {
  readonly meta: H;
  /** The raw bytes of a section (a view, not a copy). */
  raw(name: string): Buffer;
  /** A section serialised with v8, deserialised (once per call: callers keep it). */
  value<T>(name: string): T;
}

/** Opens the bytes of a container; undefined when they are not one, or are truncated or corrupt. */
export function decodeContainer<H>(bytes: Buffer): Container<H> | undefined {
  if (bytes.length < MAGIC.length || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const end = bytes.indexOf(0x0a, MAGIC.length);
  if (end < 0) return undefined;
  let header: Header<H>;
  try {
    header = JSON.parse(bytes.toString('utf8', MAGIC.length, end)) as Header<H>;
  } catch {
    return undefined;
  }
  const body = bytes.subarray(end + 1);
  if (typeof header !== 'object' || header === null || body.length !== header.length) return undefined;
  if (crc32(body) !== header.crc) return undefined;
  const section = (name: string): Buffer => {
    const at = header.sections[name];
    if (!at) throw new Error(`compiled dataset has no section ${name}`);
    return body.subarray(at[0], at[0] + at[1]);
  };
  return {
    meta: header.meta,
    raw: section,
    value: <T>(name: string) => deserialize(section(name)) as T,
  };
}
