import { z } from 'zod';
import type { Problem } from '../../model/problem.js';
import { didYouMean } from '../../model/suggest.js';
import type { FileRef, NodePath } from '../parse/located.js';
import { problemAt } from '../parse/yaml-file.js';

/** Turns a zod error for one record into positioned, human-sized problems. */
export function zodProblems(
  schema: z.ZodType,
  error: z.ZodError,
  record: unknown,
  file: FileRef,
  base: NodePath,
): Problem[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const at = [...base, ...path];
    const field = fieldName(path);
    const missing = valueAt(record, path) === undefined && path.length > 0;
    if (missing && ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code)) {
      return [problemAt(file, at.slice(0, -1), `missing required field "${field}"`)];
    }
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = fieldsAt(schema, path);
        return issue.keys.map((key) =>
          problemAt(file, at, `unknown field "${key}"${didYouMean(key, known)}`, key),
        );
      }
      case 'invalid_value': {
        const value = valueAt(record, path);
        const options = issue.values.map(String);
        const shown = typeof value === 'string' ? `"${value}"` : describe(value);
        const hint = typeof value === 'string' ? didYouMean(value, options) : '';
        return [problemAt(file, at, `${label(field)}: ${shown} is not one of ${options.join(', ')}${hint}`)];
      }
      case 'invalid_type':
        return [
          problemAt(
            file,
            at,
            `${label(field)}: expected ${issue.expected}, got ${describe(valueAt(record, path))}`,
          ),
        ];
      case 'invalid_union': {
        const expected = [
          ...new Set(issue.errors.flat().flatMap((e) => ('expected' in e ? [String(e.expected)] : []))),
        ];
        if (expected.length === 0) break;
        return [
          problemAt(
            file,
            at,
            `${label(field)}: expected ${expected.join(' or ')}, got ${describe(valueAt(record, path))}`,
          ),
        ];
      }
      default:
        break;
    }
    return [problemAt(file, at, `${label(field)}: ${issue.message}`)];
  });
}

function label(field: string): string {
  return field === '' ? 'record' : field;
}

/** Path within a record as people write it: sources[0].quote */
function fieldName(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

function valueAt(record: unknown, path: readonly (string | number)[]): unknown {
  let value: unknown = record;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

// The field names the schema allows at path, for "did you mean".
function fieldsAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let node: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    if (node instanceof z.ZodObject && typeof key === 'string') node = unwrap(node.shape[key]);
    else if (node instanceof z.ZodArray && typeof key === 'number') node = unwrap(node.element as z.ZodType);
    else return [];
  }
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

// Looks through optional, nullable, default and pipe wrappers to the schema that has the fields.
function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let node = schema;
  for (;;) {
    if (node instanceof z.ZodOptional || node instanceof z.ZodNullable || node instanceof z.ZodDefault) {
      node = node.unwrap() as z.ZodType;
    } else if (node instanceof z.ZodPipe) {
      node = node.in as z.ZodType;
    } else {
      return node;
    }
  }
}
