import type { Document, LineCounter } from 'yaml';
import type { Actor, Claim, Event, Issue, Source } from '../../model/records.js';

// Types shared by the parse and check stages: where a record was written.

/** A path inside a YAML document: keys and list indexes. */
export type NodePath = readonly (string | number)[];

/** A parsed YAML file that can say where any of its nodes is. */
export interface YamlFile {
  /** The path shown in messages (relative to the working directory where that is shorter). */
  readonly display: string;
  readonly doc: Document;
  readonly lines: LineCounter;
}

/** The file records came from; its YAML is parsed again only when a message needs a position. */
export interface FileRef {
  readonly display: string;
  readonly yaml: () => YamlFile;
}

/** A record together with where it was written, for messages about it. */
export interface Located<T> {
  readonly record: T;
  readonly file: FileRef;
  readonly path: NodePath;
}

/** Every collection of a dataset, each record with where it was written. */
export interface LocatedDataset {
  readonly sources: readonly Located<Source>[];
  readonly actors: readonly Located<Actor>[];
  readonly events: readonly Located<Event>[];
  readonly issues: readonly Located<Issue>[];
  readonly claims: readonly Located<Claim>[];
}
