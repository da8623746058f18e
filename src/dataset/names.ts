import type { CollectionName } from '../model/vocabulary.js';
import { NAME_FIELDS, type NamesSection } from './compiled.js';
import type { Container, Part } from './container.js';

/** The names sections of a compiled dataset, one per collection, decoded when first used. */
export class NameIndex {
  private readonly sections = new Map<CollectionName, NamesSection>();
  private readonly merged = new Map<string, NamesSection>();

  constructor(private readonly container: Container<unknown>) {}

  /** The names of these collections' records, in slot order. */
  of(collections: readonly CollectionName[]): NamesSection {
    const sections = collections.map((name) => this.section(name));
    if (sections.length === 1) return sections[0]!;
    const key = collections.join(',');
    let merged = this.merged.get(key);
    if (!merged) {
      merged = {
        names: sections.flatMap((section) => section.names),
        slots: concat(
          sections.map((section) => section.slots),
          Uint32Array,
        ),
        correctable: concat(
          sections.map((section) => section.correctable),
          Uint8Array,
        ),
      };
      this.merged.set(key, merged);
    }
    return merged;
  }

  private section(name: CollectionName): NamesSection {
    let section = this.sections.get(name);
    if (!section) {
      const part = (field: string) => this.container.part<Part>(`names.${name}.${field}`);
      section = Object.fromEntries(
        NAME_FIELDS.map((field) => [field, part(field)]),
      ) as unknown as NamesSection;
      this.sections.set(name, section);
    }
    return section;
  }
}

// Typed arrays one after another.
function concat<T extends Uint8Array | Uint32Array>(
  arrays: readonly T[],
  Kind: new (length: number) => T,
): T {
  const result = new Kind(arrays.reduce((sum, array) => sum + array.length, 0));
  let at = 0;
  for (const array of arrays) {
    result.set(array as never, at);
    at += array.length;
  }
  return result;
}
