// The bytes of a compiled dataset: a magic line, a JSON header line, then named parts, each a
// list of strings, a typed array or raw bytes, laid out so that reading one costs a copy (or a
// split), never a parse. A part is decoded only when a command first needs it, and the CRC-32
// of the body is checked on opening, so a truncated, corrupt or foreign file is refused, never
// half-read. (Node's own serialiser, node:v8, would do, but loading it costs about as much as
// a small dataset's whole lookup.)

const MAGIC = 'car-brief compiled dataset\n';

/** What a part may hold. */
export type Part = readonly string[] | Uint8Array | Uint32Array | Float64Array;

type Kind = 'lines' | 'json' | 'u8' | 'u32' | 'f64';

interface Header<H> {
  readonly meta: H;
  readonly parts: Record<string, readonly [kind: Kind, offset: number, length: number]>;
  readonly length: number;
  readonly crc: number;
  /** Typed arrays are stored in the writer's byte order: a reader of the other order refuses the file. */
  readonly littleEndian: boolean;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Writes the header data and the parts into one buffer. */
export function encodeContainer<H>(meta: H, parts: Record<string, Part>): Buffer {
  const chunks: Uint8Array[] = [];
  const table: Record<string, readonly [Kind, number, number]> = {};
  let offset = 0;
  for (const [name, part] of Object.entries(parts)) {
    const [kind, bytes] = encodePart(part);
    table[name] = [kind, offset, bytes.length];
    chunks.push(bytes);
    offset += bytes.length;
  }
  const body = Buffer.concat(chunks);
  const header: Header<H> = {
    meta,
    parts: table,
    length: body.length,
    crc: crc32(body),
    littleEndian: LITTLE_ENDIAN,
  };
  return Buffer.concat([Buffer.from(MAGIC + JSON.stringify(header) + '\n'), body]);
}

function encodePart(part: Part): [Kind, Uint8Array] {
  if (part instanceof Uint8Array) return ['u8', part];
  if (part instanceof Uint32Array)
    return ['u32', new Uint8Array(part.buffer, part.byteOffset, part.byteLength)];
  if (part instanceof Float64Array)
    return ['f64', new Uint8Array(part.buffer, part.byteOffset, part.byteLength)];
  // Lines are the cheaper to read; a string with a line break in it needs JSON.
  return part.some((text) => text.includes('\n'))
    ? ['json', Buffer.from(JSON.stringify(part))]
    : ['lines', Buffer.from(part.join('\n'))];
}

/** An opened container: its header data, and its parts on demand. */
export interface Container<H> {
  readonly meta: H;
  /** The raw bytes of a part (a view, not a copy). */
  raw(name: string): Buffer;
  /** A part, decoded (once per call: callers keep it). */
  part<T extends Part>(name: string): T;
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
  if (header.littleEndian !== LITTLE_ENDIAN || crc32(body) !== header.crc) return undefined;
  const raw = (name: string): Buffer => {
    const at = header.parts[name];
    if (!at) throw new Error(`compiled dataset has no part ${name}`);
    return body.subarray(at[1], at[1] + at[2]);
  };
  return {
    meta: header.meta,
    raw,
    part: <T extends Part>(name: string) => decodePart(header.parts[name]![0], raw(name)) as T,
  };
}

function decodePart(kind: Kind, bytes: Buffer): Part {
  switch (kind) {
    case 'lines':
      return bytes.length === 0 ? [] : bytes.toString('utf8').split('\n');
    case 'json':
      return JSON.parse(bytes.toString('utf8')) as string[];
    case 'u8':
      return new Uint8Array(bytes);
    case 'u32':
      return new Uint32Array(aligned(bytes));
    case 'f64':
      return new Float64Array(aligned(bytes));
  }
}

// The bytes copied to a buffer of their own, which starts aligned for any typed array.
function aligned(bytes: Uint8Array): ArrayBuffer {
  return new Uint8Array(bytes).buffer;
}

/** CRC-32 (zlib's), with node:zlib loaded when first needed rather than imported as an ES module. */
export function crc32(bytes: Uint8Array): number {
  return process.getBuiltinModule('node:zlib').crc32(bytes);
}
