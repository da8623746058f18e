// The dataset the server checks against: opened once, and opened again when its files change
// (fs.watch on the dataset's directory, its collection folders and texts/, debounced). Opening an
// unchanged dataset takes the cache's fast path; one whose contents are the same as before is not
// taken for a change. A dataset that is invalid is reported, never thrown: the last valid one
// stays in use, and with none, drafts are not checked.
import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../dataset/dataset.js';
import { DatasetError } from '../errors.js';
import { formatProblem } from '../model/problem.js';
import { COLLECTION_NAMES } from '../model/vocabulary.js';

/** How long the files must stay unchanged before the dataset is opened again (ms): a save may write several. */
export const DATASET_SETTLE_MS = 150;
/** At most this many of an invalid dataset's problems are shown in the editor (all go to the log). */
const SHOWN_PROBLEMS = 3;

/** Where the dataset is, and how to open it (the cache makes that cheap when nothing changed). */
export interface DatasetPlace {
  readonly root: string;
  readonly open: () => Promise<Dataset>;
}

/** What the live dataset tells the server. */
export interface DatasetEvents {
  /** The dataset now in use changed (or a problem with it was found, or went away). */
  changed(): void;
  log(message: string): void;
  /** A problem the writer should see (the dataset is invalid or unreadable). */
  warn(message: string): void;
}

/** The dataset in use, kept up to date with its files. */
export class LiveDataset {
  private dataset: Dataset | undefined;
  private key: string | undefined;
  private problem: string | undefined;
  private watchers: FSWatcher[] = [];
  private timer: NodeJS.Timeout | undefined;
  private loading: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly place: DatasetPlace,
    private readonly events: DatasetEvents,
  ) {}

  /** The dataset in use (undefined while none valid was opened), and what is wrong with the files now, if anything. */
  get current(): { readonly dataset: Dataset | undefined; readonly problem: string | undefined } {
    return { dataset: this.dataset, problem: this.problem };
  }

  /** Opens the dataset (again), then watches its files. */
  load(): Promise<void> {
    this.loading ??= this.open().finally(() => (this.loading = undefined));
    return this.loading;
  }

  /** Stops watching. */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.watchers.forEach((watcher) => watcher.close());
    this.watchers = [];
  }

  private async open(): Promise<void> {
    let problem: string | undefined;
    let changed = false;
    try {
      const dataset = await this.place.open();
      const key = contentKey(dataset);
      if (key !== this.key) {
        this.dataset?.close();
        [this.dataset, this.key, changed] = [dataset, key, true];
        this.events.log(
          `dataset ${this.place.root}: ${dataset.claims.length} claims, ${dataset.events.length} events`,
        );
      } else if (dataset !== this.dataset) dataset.close(); // the same contents: the one in use stays
    } catch (error) {
      problem = describe(error, this.place.root);
      const all = error instanceof DatasetError ? error.problems.map((p) => `\n  ${formatProblem(p)}`) : [];
      this.events.log(problem + all.join(''));
    }
    if (problem !== this.problem) {
      changed = true;
      if (problem !== undefined) this.events.warn(problem);
    }
    this.problem = problem;
    this.rewatch();
    if (changed) this.events.changed();
  }

  // Watches the dataset's directory, its collection folders and texts/ (those there now).
  private rewatch(): void {
    if (this.closed) return;
    this.watchers.forEach((watcher) => watcher.close());
    this.watchers = [];
    for (const dir of [
      this.place.root,
      ...[...COLLECTION_NAMES, 'texts'].map((name) => join(this.place.root, name)),
    ]) {
      try {
        const watcher = watch(dir, (_event, name) => {
          if (name === null || !/^\.|~$|\.sw[a-p]$/.test(String(name))) this.settle();
        });
        watcher.on('error', () => watcher.close());
        this.watchers.push(watcher);
      } catch (error) {
        if (dir === this.place.root)
          this.events.log(`not following edits to ${dir}: ${(error as Error).message}`);
      }
    }
  }

  // A change seen: open the dataset again once its files have been still for a moment.
  private settle(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), DATASET_SETTLE_MS);
  }
}

// What a dataset was built from, by content: the same key is the same dataset.
function contentKey(dataset: Dataset): string {
  const { files, texts, datasetFile } = dataset.meta;
  return JSON.stringify([
    files.map(([collection, name, hash]) => [collection, name, hash]),
    texts.map(([name, hash]) => [name, hash]),
    datasetFile?.slice(0, 2) ?? null,
  ]);
}

// What is wrong with a dataset, in a line or a few.
function describe(error: unknown, root: string): string {
  if (error instanceof DatasetError) {
    const shown = error.problems.slice(0, SHOWN_PROBLEMS).map(formatProblem);
    const more =
      error.problems.length > SHOWN_PROBLEMS
        ? `; and ${error.problems.length - SHOWN_PROBLEMS} more (car-brief validate lists them)`
        : '';
    return `car-brief: the dataset at ${root} is ${error.message.replace(/^dataset /, '')}: ${shown.join('; ')}${more}`;
  }
  return `car-brief: cannot open the dataset at ${root}: ${error instanceof Error ? error.message : String(error)}`;
}
