// The floor for reading a dataset: the `yaml` package alone parsing every YAML file of it
// (the collection files at the top and the files of the collection folders), in one process.
//   node bench/yaml-floor.mjs DIR        (prints nothing on success; --count prints the file count to stderr)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const COLLECTIONS = ['sources', 'actors', 'events', 'issues', 'claims'];
const YAML_FILE = /\.ya?ml$/;

// The YAML files of a dataset: top-level files, then each collection folder's files in name order.
function yamlFiles(dir) {
  const files = readdirSync(dir)
    .filter((name) => YAML_FILE.test(name))
    .sort()
    .map((name) => join(dir, name));
  for (const name of COLLECTIONS) {
    const folder = join(dir, name);
    let isFolder = false;
    try {
      isFolder = statSync(folder).isDirectory();
    } catch {
      // no folder for this collection
    }
    if (!isFolder) continue;
    for (const file of readdirSync(folder).sort()) if (YAML_FILE.test(file)) files.push(join(folder, file));
  }
  return files;
}

// Parses every file; exits 1 on the first one with a syntax error.
function main() {
  const args = process.argv.slice(2);
  const dir = args.find((arg) => !arg.startsWith('--'));
  if (!dir) {
    console.error('usage: node bench/yaml-floor.mjs DIR [--count]');
    process.exit(2);
  }
  const files = yamlFiles(dir);
  let records = 0;
  for (const file of files) {
    const doc = parseDocument(readFileSync(file, 'utf8'));
    if (doc.errors.length > 0) {
      console.error(`${file}: ${doc.errors[0].message.split('\n')[0]}`);
      process.exit(1);
    }
    const value = doc.toJS();
    records += Array.isArray(value) ? value.length : 0;
  }
  if (args.includes('--count')) console.error(`yaml-floor: ${files.length} files, ${records} records`);
}

main();
