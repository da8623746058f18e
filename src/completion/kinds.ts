// What an argument or an option's value completes to. A leaf module: the command declarations
// (cli/commands.ts) name these without loading the completer.

/** Values read from the dataset in use. */
export type DatasetValues = 'country' | 'countries' | 'actor' | 'issue' | 'record' | 'tag';

/** What an argument or option value completes to. */
export type ArgumentValues =
  /** Names and ids from the dataset; many: the argument takes several (compare). */
  | { readonly kind: 'dataset'; readonly values: DatasetValues }
  /** A fixed list of words, each with a description. */
  | { readonly kind: 'words'; readonly words: readonly (readonly [word: string, description: string])[] }
  /** Paths, which the shell completes itself. */
  | { readonly kind: 'files' }
  | { readonly kind: 'dirs' }
  /** Free text (a query, a number): nothing to offer. */
  | { readonly kind: 'none' };
