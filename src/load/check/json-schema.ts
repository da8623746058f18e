import { z } from 'zod';
import { COLLECTION_NAMES, type CollectionName } from '../../model/vocabulary.js';
import { COLLECTIONS } from './schema.js';

/** The JSON Schema of one collection file (a list of records), generated from the zod schema. */
export function collectionJsonSchema(name: CollectionName): Record<string, unknown> {
  const schema = z.toJSONSchema(z.array(COLLECTIONS[name]), { io: 'input', target: 'draft-7' });
  return {
    ...schema,
    title: `car-brief ${name}`,
    description: `A list of ${name} records. Generated from src/load/check/schema.ts by npm run schema; do not edit.`,
  };
}

/** Every collection's JSON Schema, as the text of its file in schema/. */
export function jsonSchemaFiles(): Map<string, string> {
  return new Map(
    COLLECTION_NAMES.map((name) => [
      `${name}.schema.json`,
      JSON.stringify(collectionJsonSchema(name), null, 2) + '\n',
    ]),
  );
}
