import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

// The bytes of a compiled dataset: a magic line, a header line (its CRC-32, then JSON), then
// named parts, each a list of strings, a typed array or raw bytes. A reader reads the header,
// then only the parts, and the pieces of parts, that a command uses: on a large dataset most
// of the file is never touched. Each part carries its CRC-32, checked when it is read; a
// truncated, corrupt or foreign file is refused at opening or, when the damage is in a part,
// reported as CorruptEntryError when that part is read. (Node's own serialiser, node:v8,
// would do, but loading it costs about as much as a small dataset's whole lookup.)

const MAGIC = 'car-brief compiled dataset\n';

/** What a part may hold. */
export type Part = readonly string[] | Uint8Array | Uint32Array | Float64Array;

type Kind = 'lines' | 'json' | 'u8' | 'u32' | 'f64';

interface Header<H> {
  readonly meta: H;
  readonly parts: Record<string, readonly [kind: Kind, offset: number, length: number, crc: number]>;
  readonly length: number;
  /** Typed arrays are stored in the writer's byte order: a reader of the other order refuses the file. */
  readonly littleEndian: boolean;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Thrown when a part of a compiled dataset does not match its checksum: the entry is damaged. */
export class CorruptEntryError extends Error {
  constructor(readonly path: string | undefined) {
    super(`damaged compiled dataset${path ? `: ${path}` : ''}`);
  }
}

/** Writes the header data and the parts into one buffer. */
export function encodeContainer<H>(meta: H, parts: Record<string, Part>): Buffer {
  const chunks: Uint8Array[] = [];
  const table: Header<H>['parts'] = {};
  let offset = 0;
  for (const [name, part] of Object.entries(parts)) {
    const [kind, bytes] = encodePart(part);
    table[name] = [kind, offset, bytes.length, crc32(bytes)];
    chunks.push(bytes);
    offset += bytes.length;
  }
  const header: Header<H> = { meta, parts: table, length: offset, littleEndian: LITTLE_ENDIAN };
  const json = Buffer.from(JSON.stringify(header));
  const head = `${MAGIC}${crc32(json).toString(16).padStart(8, '0')} `;
  return Buffer.concat([Buffer.from(head), json, Buffer.from('\n'), ...chunks]);
}

function encodePart(part: Part): [Kind, Uint8Array] {
  if (part instanceof Uint8Array) return ['u8', part];
  if (part instanceof Uint32Array)
    return ['u32', new Uint8Array(part.buffer, part.byteOffset, part.byteLength)];
  if (part instanceof Float64Array)
    return ['f64', new Uint8Array(part.buffer, part.byteOffset, part.byteLength)];
  // Lines are the cheaper to read; a string with a line break in it needs JSON, and so does a
  // lone empty string (no bytes read back as no lines).
  return part.some((text) => text.includes('\n')) || (part.length === 1 && part[0] === '')
    ? ['json', Buffer.from(JSON.stringify(part))]
    : ['lines', Buffer.from(part.join('\n'))];
}

/** Where a container's bytes are: in memory, or in a file read piece by piece. */
export interface ByteSource {
  readonly size: number;
  /** The file, when there is one (for messages, and to remove a damaged entry). */
  readonly path?: string;
  /** Copies length bytes at position into target (at 0). */
  read(target: Uint8Array, position: number, length: number): void;
  /** Lets go of the file, if there is one; the source cannot be read after. */
  close(): void;
}

/** The bytes of a buffer as a source. */
export function memorySource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: (target, at, length) => target.set(bytes.subarray(at, at + length)),
    close: () => {},
  };
}

/** A file as a source, or undefined when it cannot be opened. It stays open until closed. */
export function fileSource(path: string): ByteSource | undefined {
  let fd: number;
  try {
    // Non-blocking, so that a FIFO put where an entry should be cannot hang the run; regular files only.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      closeSync(fd);
      return undefined;
    }
    return {
      size: stat.size,
      path,
      read: (target, at, length) => {
        for (let done = 0; done < length;) {
          const n = readSync(fd, target, done, length - done, at + done);
          if (n === 0) throw new CorruptEntryError(path); // shorter than it said
          done += n;
        }
      },
      close: () => closeSync(fd),
    };
  } catch {
    return undefined;
  }
}

/** An opened container: its header data, and its parts on demand. */
export interface Container<H> {
  readonly meta: H;
  readonly source: ByteSource;
  /** A part, read, checked and decoded (callers keep it). */
  part<T extends Part>(name: string): T;
  /** Bytes [from, to) of a part, unchecked, into target (at 0): for parts checked piece by piece. */
  read(name: string, target: Uint8Array, from: number, to: number): void;
}

/** Opens a container; undefined when it is not one, or its header is damaged, or it is truncated. */
export function openContainer<H>(source: ByteSource): Container<H> | undefined {
  const head = readHead(source);
  if (!head) return undefined;
  let header: Header<H>;
  try {
    header = JSON.parse(head.json) as Header<H>;
  } catch {
    return undefined;
  }
  if (typeof header !== 'object' || header === null || header.littleEndian !== LITTLE_ENDIAN)
    return undefined;
  if (source.size !== head.bodyStart + header.length) return undefined;
  const at = (name: string) => {
    const entry = header.parts[name];
    if (!entry) throw new CorruptEntryError(source.path);
    return entry;
  };
  return {
    meta: header.meta,
    source,
    part: <T extends Part>(name: string): T => {
      const [kind, offset, length, crc] = at(name);
      const bytes = new Uint8Array(length);
      source.read(bytes, head.bodyStart + offset, length);
      if (crc32(bytes) !== crc) throw new CorruptEntryError(source.path);
      return decodePart(kind, bytes) as T;
    },
    read: (name, target, from, to) => {
      const [, offset, length] = at(name);
      if (from < 0 || to > length || from > to) throw new CorruptEntryError(source.path);
      source.read(target, head.bodyStart + offset + from, to - from);
    },
  };
}

// The header line: the magic, the CRC-32 of the JSON, the JSON. Read in growing pieces.
function readHead(source: ByteSource): { json: string; bodyStart: number } | undefined {
  const start = MAGIC.length + 9;
  for (let size = 64 * 1024; ; size *= 4) {
    const length = Math.min(size, source.size);
    if (length < start) return undefined;
    const bytes = Buffer.alloc(length);
    source.read(bytes, 0, length);
    if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
    const end = bytes.indexOf(0x0a, start);
    if (end >= 0) {
      const json = bytes.subarray(start, end);
      const crc = Number.parseInt(bytes.toString('latin1', MAGIC.length, MAGIC.length + 8), 16);
      return crc32(json) === crc ? { json: json.toString('utf8'), bodyStart: end + 1 } : undefined;
    }
    if (length === source.size) return undefined;
  }
}

function decodePart(kind: Kind, bytes: Uint8Array): Part {
  const text = () => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  switch (kind) {
    case 'lines':
      return bytes.length === 0 ? [] : text().split('\n');
    case 'json':
      return JSON.parse(text()) as string[];
    case 'u8':
      return bytes;
    // Each part is read into a buffer of its own, so typed arrays can view it without a copy.
    case 'u32':
      return new Uint32Array(bytes.buffer, 0, bytes.length / 4);
    case 'f64':
      return new Float64Array(bytes.buffer, 0, bytes.length / 8);
  }
}

/** CRC-32 (zlib's), with node:zlib loaded when first needed rather than imported as an ES module. */
export function crc32(bytes: Uint8Array): number {
  zlibCrc32 ??= process.getBuiltinModule('node:zlib').crc32;
  return zlibCrc32(bytes);
}

let zlibCrc32: ((bytes: Uint8Array) => number) | undefined;
