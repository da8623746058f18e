import type { Option } from 'commander';
import type { OptionName } from '../cli/options.js';
import { FORMATS } from '../output/render.js';
import { RECORD_TYPES } from '../model/records.js';
import {
  ACTOR_KINDS,
  CLAIM_KINDS,
  EVENT_STATUSES,
  EVENT_TYPES,
  ISSUE_STATUSES,
} from '../model/vocabulary.js';
import type { ArgumentValues } from './kinds.js';

// The values of options that take names, tags or a closed vocabulary. Options not listed here
// complete their choices when commander declares some (--color), else nothing (--since, --limit).

const words = (list: readonly string[]): ArgumentValues => ({
  kind: 'words',
  words: list.map((word) => [word, ''] as const),
});

const BY_NAME: Partial<Record<OptionName, ArgumentValues>> = {
  country: { kind: 'dataset', values: 'country' },
  actor: { kind: 'dataset', values: 'actor' },
  issue: { kind: 'dataset', values: 'issue' },
  tag: { kind: 'dataset', values: 'tag' },
  eventType: words(EVENT_TYPES),
  recordType: words(RECORD_TYPES),
  actorKind: words(ACTOR_KINDS),
  claimKind: words(CLAIM_KINDS),
  eventStatus: words(EVENT_STATUSES),
  issueStatus: words(ISSUE_STATUSES),
};

const GLOBAL_BY_FLAG: Record<string, ArgumentValues> = {
  '--data': { kind: 'dirs' },
  '--format': words(FORMATS),
};

/** What the value of an option completes to; name: the name a command's option is declared under. */
export function optionValues(option: Option, name?: OptionName): ArgumentValues {
  const declared = (name && BY_NAME[name]) ?? (option.long && GLOBAL_BY_FLAG[option.long]);
  if (declared) return declared;
  if (option.argChoices) return words(option.argChoices);
  return { kind: 'none' };
}
