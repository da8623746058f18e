// Writes schema/<collection>.schema.json from the zod schemas (run after the build).
import { writeFileSync } from 'node:fs';
import { jsonSchemaFiles } from '../dist/tool-json-schema.js';

for (const [file, text] of jsonSchemaFiles()) {
  writeFileSync(new URL(`../schema/${file}`, import.meta.url), text);
  console.log(`schema/${file}`);
}
