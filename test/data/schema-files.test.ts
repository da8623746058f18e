import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../src/load/check/json-schema.js';
import { COLLECTION_NAMES } from '../../src/model/vocabulary.js';
import { BUILTIN, ROOT } from '../helpers.js';

describe('JSON Schema files', () => {
  it('are what the zod schema generates (run npm run schema after changing it)', () => {
    for (const [file, text] of jsonSchemaFiles()) {
      expect(readFileSync(join(ROOT, 'schema', file), 'utf8'), file).toBe(text);
    }
  });

  it('are referenced by every data file for yaml-language-server', () => {
    for (const name of COLLECTION_NAMES) {
      const first = readFileSync(join(BUILTIN, `${name}.yaml`), 'utf8').split('\n')[0];
      expect(first).toBe(`# yaml-language-server: $schema=../schema/${name}.schema.json`);
      expect(existsSync(join(ROOT, 'schema', `${name}.schema.json`))).toBe(true);
    }
  });

  it('describe the fields, enums and required keys', () => {
    const events = JSON.parse(readFileSync(join(ROOT, 'schema/events.schema.json'), 'utf8'));
    expect(events.type).toBe('array');
    expect(events.items.additionalProperties).toBe(false);
    expect(events.items.required).toEqual(
      expect.arrayContaining(['id', 'date', 'date_basis', 'status', 'sources']),
    );
    expect(events.items.properties.status.enum).toEqual(['happened', 'planned', 'ongoing']);
  });
});

describe('the built-in data against the JSON Schema (what an editor will show)', () => {
  it('has no schema errors', async () => {
    const { Ajv } = await import('ajv');
    const { parse } = await import('yaml');
    const ajv = new Ajv({ allErrors: true, strict: false });
    for (const name of COLLECTION_NAMES) {
      const validate = ajv.compile(
        JSON.parse(readFileSync(join(ROOT, 'schema', `${name}.schema.json`), 'utf8')),
      );
      const valid = validate(parse(readFileSync(join(BUILTIN, `${name}.yaml`), 'utf8')));
      expect(validate.errors ?? [], name).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('catches an unknown field and a bad enum', async () => {
    const { Ajv } = await import('ajv');
    const validate = new Ajv({ strict: false }).compile(
      JSON.parse(readFileSync(join(ROOT, 'schema/claims.schema.json'), 'utf8')),
    );
    const claim = {
      id: 'x',
      about: ['y'],
      statement: 's',
      kind: 'rumour',
      sources: [{ source: 'a', paragraph: 1, quote: 'q' }],
    };
    expect(validate([claim])).toBe(false);
    expect(validate([{ ...claim, kind: 'fact', colour: 'red' }])).toBe(false);
    expect(validate([{ ...claim, kind: 'fact' }])).toBe(true);
  });
});

describe('the dataset file against its JSON Schema', () => {
  const schema = () => JSON.parse(readFileSync(join(ROOT, 'schema/dataset.schema.json'), 'utf8'));

  it('is generated beside the collections, and named by the built-in dataset.yaml', () => {
    expect([...jsonSchemaFiles().keys()]).toContain('dataset.schema.json');
    const first = readFileSync(join(BUILTIN, 'dataset.yaml'), 'utf8').split('\n')[0];
    expect(first).toBe('# yaml-language-server: $schema=../schema/dataset.schema.json');
    expect(schema().additionalProperties).toBe(false);
  });

  it('accepts the built-in dataset.yaml, and refuses what validate refuses', async () => {
    const { Ajv } = await import('ajv');
    const { parse } = await import('yaml');
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema());
    expect(validate(parse(readFileSync(join(BUILTIN, 'dataset.yaml'), 'utf8')))).toBe(true);
    const good = {
      title: 'T',
      perspective: 'india',
      settings: { as_of: 2024, stale_after: { issue: 'P6M' } },
    };
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, colour: 'red' })).toBe(false);
    expect(validate({ ...good, settings: { stale_after: { issue: '6 months' } } })).toBe(false);
    expect(validate({ ...good, settings: { stale_after: { plan: 'P6M' } } })).toBe(false);
  });
});
