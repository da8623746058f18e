import { isMap } from 'yaml';
import type { Problem } from '../../model/problem.js';
import { datasetFileSchema, type DatasetInfo } from '../check/dataset-schema.js';
import { zodProblems } from '../check/schema-problems.js';
import { decodeText } from '../read/decode.js';
import type { ReadFile } from '../read/list.js';
import type { Located } from './located.js';
import { parseYaml, problemAt, refTo } from './yaml-file.js';

// Stage 2, parse, for the dataset file (dataset.yaml): one YAML mapping, checked against its
// schema. An empty file (or one of comments only, as init writes it) says nothing: {}.

/** What the dataset file yields: its content where it passed the schema, else the problems. */
export type ParsedDatasetFile =
  | { readonly info: Located<DatasetInfo>; readonly problems: readonly [] }
  | { readonly info?: undefined; readonly problems: readonly Problem[] };

/** Parses the dataset file and checks it against its schema. */
export function parseDatasetFile(input: ReadFile): ParsedDatasetFile {
  const text = decodeText(input.content);
  if ('error' in text) {
    const { error, ...at } = text;
    return { problems: [{ file: input.display, ...at, message: error }] };
  }
  const parsed = parseYaml(text.text, input.display);
  if (!('file' in parsed)) return { problems: parsed.problems };
  const ref = refTo(parsed.file);
  const contents = parsed.file.doc.contents;
  if (contents !== null && !isMap(contents)) {
    const expected = 'expected a mapping of fields (title:, description:, perspective:, settings:)';
    return { problems: [problemAt(ref, [], `dataset file: ${expected}`)] };
  }
  const result = datasetFileSchema.safeParse(parsed.value ?? {});
  if (!result.success)
    return { problems: zodProblems(datasetFileSchema, result.error, parsed.value, ref, []) };
  return { info: { record: result.data, file: ref, path: [] }, problems: [] };
}
