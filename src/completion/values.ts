import type { Dataset } from '../dataset/dataset.js';
import type { Actor, RecordType } from '../model/records.js';
import { datasetTags } from '../query/tags.js';
import type { Candidate } from '../spec/values.js';
import type { DatasetValues } from '../spec/values.js';

// Names and ids from a dataset, as candidates: each record by its id (described by its name,
// title or type), and actors also by the other names they answer to (name, aliases, capital,
// ISO codes), which the completer offers when what was typed begins no id.

/** The candidates for one kind of dataset value. */
export function datasetCandidates(dataset: Dataset, values: DatasetValues): Candidate[] {
  switch (values) {
    case 'country':
    case 'countries':
      return actorCandidates(dataset.actors.filter((actor) => actor.kind === 'country'));
    case 'actor':
      return actorCandidates(dataset.actors);
    case 'issue':
      return dataset.issues.map((issue) => ({ value: issue.id, description: issue.title }));
    case 'source':
      return dataset.sources.map((source) => ({ value: source.id, description: source.label }));
    case 'tag':
      return datasetTags(dataset).map((tag) => ({ value: tag, description: '' }));
    case 'record':
      return recordCandidates(dataset);
    case 'subject':
      return recordCandidates(dataset, ['actor', 'event', 'issue']);
  }
}

function actorCandidates(actors: readonly Actor[]): Candidate[] {
  const ids = actors.map((actor) => ({ value: actor.id, description: actor.name }));
  const names = actors.flatMap((actor) =>
    [actor.name, ...(actor.aliases ?? []), actor.capital, actor.iso2, actor.iso3]
      .filter((name): name is string => Boolean(name))
      .map((name) => ({ value: name, description: actor.name, alias: true })),
  );
  return [...ids, ...names];
}

// Every record (of the types given) by id (read from the id list, no record parsed), then actors
// by their names.
function recordCandidates(dataset: Dataset, types?: readonly RecordType[]): Candidate[] {
  const ids: Candidate[] = [];
  for (let slot = 0; slot < dataset.size; slot++)
    if (!types || types.includes(dataset.typeAt(slot)))
      ids.push({ value: dataset.idAt(slot), description: dataset.typeAt(slot) });
  return [...ids, ...actorCandidates(dataset.actors).filter((candidate) => candidate.alias)];
}
