// What an argument or an option's value completes to, and what the completer answers (the
// protocol of `car-brief __complete`). A leaf module: the declarations name these without
// loading the completer.

/** Values read from the dataset in use. */
export type DatasetValues =
  | 'country'
  | 'countries'
  | 'actor'
  | 'issue'
  | 'source'
  | 'record'
  | 'tag'
  /** What a claim may be about: actors, events, issues. */
  | 'subject';

/** What an argument or option value completes to. */
export type ArgumentValues =
  /** Names and ids from the dataset; many: the argument takes several (compare). */
  | { readonly kind: 'dataset'; readonly values: DatasetValues }
  /** A fixed list of words, each with a description. */
  | { readonly kind: 'words'; readonly words: readonly (readonly [word: string, description: string])[] }
  /** Paths, which the shell completes itself. */
  | { readonly kind: 'files' }
  | { readonly kind: 'dirs' }
  /** The formats the command being typed accepts (--format). */
  | { readonly kind: 'formats' }
  /** Free text (a query, a number): nothing to offer. */
  | { readonly kind: 'none' };

/** One thing the shell may offer: the word, and a short description for shells that show one. */
export interface Candidate {
  readonly value: string;
  readonly description: string;
  /** Another name of a record offered by id: offered only when a begun word matches no id. */
  readonly alias?: boolean;
}

/** The answer: words to offer, or paths, which the shell completes itself. */
export type Completion =
  | { readonly kind: 'words'; readonly candidates: readonly Candidate[] }
  | { readonly kind: 'files' }
  | { readonly kind: 'dirs' };
