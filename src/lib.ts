// What the benchmarks in bench/ use of car-brief's internals (built to dist/tool-lib.js).
export { loadDataset } from './load/index.js';
export { recordName } from './model/records.js';
export { SearchIndex } from './query/search/search.js';
export { Reanchorer } from './edit/reanchor/anchor.js';
