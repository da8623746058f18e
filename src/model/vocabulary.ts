// The closed vocabularies of the data model. Kept apart from the zod schema so that reading
// commands can check a flag's value without loading zod.

/** The collections of a dataset, each a file <name>.yaml (or a folder <name>/ of YAML files), in load order. */
export const COLLECTION_NAMES = ['sources', 'actors', 'events', 'issues', 'claims'] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** The names of a dataset's optional dataset file (what it is, its perspective, settings): one at most. */
export const DATASET_FILE_NAMES = ['dataset.yaml', 'dataset.yml'] as const;

/** How a date was obtained: given by the source, or inferred from its context. */
export const DATE_BASES = ['stated', 'inferred'] as const;
export const SOURCE_KINDS = ['article', 'report', 'book', 'speech', 'dataset', 'web-page', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const ACTOR_KINDS = [
  'country',
  'group',
  'person',
  'organisation',
  'armed-group',
  'project',
  'weapon-system',
  'initiative',
  'place',
] as const;
export const EVENT_STATUSES = ['happened', 'planned', 'ongoing'] as const;
export const EVENT_TYPES = [
  'visit',
  'meeting',
  'agreement',
  'sale',
  'delivery',
  'request',
  'inspection',
  'incident',
  'statement',
  'evacuation',
  'relocation',
  'conflict',
] as const;
export const ISSUE_STATUSES = ['open', 'stalled', 'resolved'] as const;
export const CLAIM_KINDS = ['fact', 'report', 'assessment'] as const;
export const FIGURE_QUALIFIERS = ['exactly', 'over', 'under', 'about'] as const;
