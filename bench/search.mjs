// Search quality and speed on the lookup set (test/data/lookups.json), against a baseline:
// fuse.js given the whole query string over the same fields, as a first attempt would do.
// Run after a build: node bench/search.mjs (npm run build first)
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { SearchIndex, loadDataset, recordName } from '../dist/tool-lib.js';

const lookups = JSON.parse(readFileSync(new URL('../test/data/lookups.json', import.meta.url), 'utf8'));
const dataset = await loadDataset(new URL('../data/', import.meta.url).pathname, {
  cwd: process.cwd(),
  env: {},
  cache: false,
});

const ours = await SearchIndex.open(dataset);
const docs = Array.from({ length: dataset.size }, (_, slot) => dataset.entry(slot)).map((entry) => ({
  id: entry.record.id,
  name: recordName(entry),
  aliases: entry.record.aliases ?? [],
  summary: entry.record.summary ?? '',
  quotes: (entry.record.sources ?? []).map((s) => s.quote),
  figures: (entry.record.figures ?? []).map((f) => `${f.value} ${f.unit} ${f.of}`),
  tags: entry.record.tags ?? [],
}));
const baseline = new Fuse(docs, {
  keys: [
    { name: 'name', weight: 3 },
    { name: 'aliases', weight: 3 },
    { name: 'figures', weight: 1.5 },
    { name: 'tags', weight: 1.5 },
    { name: 'summary', weight: 1 },
    { name: 'quotes', weight: 0.5 },
  ],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.4,
});

const engines = {
  'per-word (car-brief)': (query) => ours.search(query, { limit: 3 }).map((hit) => hit.id),
  'whole query (fuse.js baseline)': (query) => baseline.search(query, { limit: 3 }).map((hit) => hit.item.id),
};

const rounds = 20;
const results = {};
for (const [name, engine] of Object.entries(engines)) {
  const misses = lookups.filter(
    ({ query, expected }) => ![expected].flat().some((id) => engine(query).includes(id)),
  );
  const start = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) for (const { query } of lookups) engine(query);
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / (rounds * lookups.length);
  results[name] = ms;
  const hits = lookups.length - misses.length;
  console.log(
    `${name}: ${hits}/${lookups.length} in the top 3 (${((100 * hits) / lookups.length).toFixed(1)}%), ${ms.toFixed(2)} ms a query`,
  );
  for (const miss of misses.slice(0, 40)) console.log(`  missed: ${miss.query} -> ${miss.expected}`);
}
const [a, b] = Object.values(results);
console.log(`time ratio per-word / whole-query: ${(a / b).toFixed(2)}`);
