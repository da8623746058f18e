import type { Dataset } from '../dataset/dataset.js';
import type { CountryBrief } from '../query/country/brief.js';
import {
  countryFacets,
  distinctCountries,
  groupNames,
  typedWords,
  type CountryFacets,
} from '../query/country/compare.js';
import { nameOf } from '../query/lookup.js';
import { resolveCountry } from '../query/resolve.js';
import { filtersFrom, note, openDataset, type CommonOptions, type Context } from '../context.js';
import type { FilterInput } from '../query/filters.js';
import { SearchIndex } from '../query/search/search.js';
import { supportIn } from '../query/support.js';
import { topicClaims, type TopicScope } from '../query/country/topic.js';
import { compareTopicView } from '../views/brief/compare-topic.js';
import { noteWords, requireWords } from './search.js';
import { UsageError } from '../errors.js';
import { chooseFormat, render } from '../output/render.js';
import { formatsOf } from '../spec/commands.js';
import { compareView } from '../views/brief/compare.js';
import { countryBrief } from './country.js';

export interface CompareOptions extends CommonOptions, Pick<FilterInput, 'actor' | 'issue' | 'tag'> {
  /** --topic: only the claims that search matches on every one of these words. */
  readonly topic?: string | undefined;
  /** The countries as typed: one per argument or comma-separated; a name of several words with or without quotes. */
  readonly names: readonly string[];
}

const TWO_NEEDED = 'compare needs two countries or more, e.g. car-brief compare uzbekistan kazakhstan';

/** The words typed (see typedWords); fewer than two is a usage error, found before any data is read. */
export function countryWords(args: readonly string[]): string[] {
  const words = typedWords(args);
  if (words.length < 2) throw new UsageError(TWO_NEEDED);
  return words;
}

/** The country names in the words typed (see groupNames); fewer than two is a usage error. */
export function countryNames(dataset: Dataset, words: readonly string[]): string[] {
  const names = groupNames(words, (name) => namesCountryExactly(dataset, name));
  if (names.length < 2) throw new UsageError(TWO_NEEDED);
  return names;
}

// Whether a name is a country's own (id, name, alias, code, capital), not a misspelling of one.
function namesCountryExactly(dataset: Dataset, name: string): boolean {
  try {
    return resolveCountry(dataset, name).corrected === undefined;
  } catch {
    return false;
  }
}

/** The facets of each country named, resolved as `country` resolves a name, each country once. */
export function compareCountries(dataset: Dataset, names: readonly string[], ctx: Context): CountryFacets[] {
  // Each name as typed is resolved (and a misspelling noted) once.
  const byName = new Map<string, CountryBrief>();
  for (const name of names) if (!byName.has(name)) byName.set(name, countryBrief(dataset, name, ctx));
  const briefs = names.map((name) => byName.get(name)!);
  const { countries, repeated } = distinctCountries(briefs.map((brief) => brief.country));
  const twice = [...new Set(repeated.map((country) => country.name))];
  if (countries.length < 2) throw new UsageError(`${TWO_NEEDED} (every name given is ${twice[0]})`);
  for (const name of twice) note(ctx, `${name} named more than once; compared once`);
  return countries.map((country) =>
    countryFacets(
      dataset,
      briefs.find((b) => b.country.id === country.id)!,
    ),
  );
}

/** car-brief compare <country> <country>...: the same facets side by side. */
export async function runCompare(options: CompareOptions, ctx: Context): Promise<void> {
  const format = chooseFormat(options, ctx.out, formatsOf('compare'));
  const words = countryWords(options.names);
  const dataset = await openDataset(options, ctx);
  const names = countryNames(dataset, words);
  if (isNarrowed(options)) {
    const countries = compareCountries(dataset, names, ctx).map((facet) => facet.country);
    const scope = await topicScope(dataset, options, ctx);
    const compared = topicClaims(dataset, countries, scope);
    const subject = subjectOf(dataset, scope);
    if (compared.every(({ claims }) => claims.length === 0))
      note(ctx, `no claim on ${subject} for any of them`);
    await render(
      compareTopicView(compared, subject, (id) => nameOf(dataset, id), supportIn(dataset)),
      format,
      ctx.out,
      options,
    );
    return;
  }
  const facets = compareCountries(dataset, names, ctx);
  await render(
    compareView(facets, (id) => nameOf(dataset, id)),
    format,
    ctx.out,
    options,
  );
}

// Whether the comparison is narrowed to one subject's claims.
function isNarrowed(options: CompareOptions): boolean {
  return options.topic !== undefined || [options.actor, options.issue, options.tag].some((v) => v?.length);
}

// The filters, and with --topic the claims search matches on every word of it (near spellings noted).
async function topicScope(dataset: Dataset, options: CompareOptions, ctx: Context): Promise<TopicScope> {
  const filters = filtersFrom(dataset, options, {}, ctx);
  if (options.topic === undefined) return { filters };
  requireWords(options.topic, 'car-brief compare tajikistan uzbekistan --topic taliban');
  const ranking = (await SearchIndex.open(dataset)).rank(options.topic, { types: ['claim'] });
  const every = ranking.hits(ranking.ranked).filter((hit) => hit.coverage === 1);
  noteWords(ctx, ranking, every);
  return { filters, topic: { words: options.topic, claims: new Set(every.map((hit) => hit.id)) } };
}

// What the comparison is narrowed to, in words: "Taliban", "\"gas price\"", "tag security".
function subjectOf(dataset: Dataset, scope: TopicScope): string {
  const { actors, issues, tags } = scope.filters;
  return [
    ...(scope.topic !== undefined ? [`"${scope.topic.words.trim()}"`] : []),
    ...[...actors, ...issues].map((id) => nameOf(dataset, id)),
    ...tags.map((tag) => `tag ${tag}`),
  ].join(', ');
}
