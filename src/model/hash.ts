// FNV-1a over a string's UTF-16 code units: cheap hashes that need no crypto module, for
// naming cache files and indexing names. Not for anything an adversary could exploit: what
// they find is always checked against the real thing.

/** FNV-1a, 32 bits. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** FNV-1a, 64 bits (computed as two 32-bit halves), as 16 hex digits. */
export function fnv1a64(text: string): string {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    low = (low ^ text.charCodeAt(i)) >>> 0;
    // multiply the 64-bit value by the FNV prime 2^40 + 0x1b3
    const lowProduct = low * 0x1b3;
    const carry = Math.floor(lowProduct / 2 ** 32);
    high = (Math.imul(high, 0x1b3) + Math.imul(low, 0x100) + carry) >>> 0;
    low = lowProduct >>> 0;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}
