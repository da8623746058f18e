import { z } from 'zod';
import { COLLECTION_NAMES, type CollectionName } from '../../model/vocabulary.js';
import { datasetFileSchema } from './dataset-schema.js';
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

/** The JSON Schema of the dataset file (dataset.yaml), generated from its zod schema. */
export function datasetFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(datasetFileSchema, { io: 'input', target: 'draft-7' });
  return {
    ...schema,
    title: 'car-brief dataset file',
    description:
      'What a dataset is: title, description, perspective (the country whose relations it is about) and settings. Generated from src/load/check/dataset-schema.ts by npm run schema; do not edit.',
  };
}

/** Every JSON Schema of schema/ (one per collection, and the dataset file's), as the text of its file. */
export function jsonSchemaFiles(): Map<string, string> {
  const text = (schema: Record<string, unknown>) => JSON.stringify(schema, null, 2) + '\n';
  return new Map([
    ...COLLECTION_NAMES.map((name) => [`${name}.schema.json`, text(collectionJsonSchema(name))] as const),
    ['dataset.schema.json', text(datasetFileJsonSchema())],
  ]);
}
