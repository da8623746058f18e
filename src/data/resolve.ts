import { NotFoundError } from '../errors.js';
import type { Dataset } from './dataset.js';
import type { Actor } from './schema.js';
import { editDistance, suggestBudget, typoBudget } from './suggest.js';

/** A name resolved to an actor; corrected says which known name a misspelt input was taken for. */
export interface Resolved<T> {
  readonly record: T;
  readonly corrected?: string;
}

/** Folds case, accents, punctuation and spacing so that "Kyrgyz  Republic", "kyrgyz-republic" and "Kyrgyz Republic." meet. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every name an actor can be called by: id, name, aliases, and for countries ISO codes and capital. */
export function actorNames(actor: Actor): string[] {
  const names = [actor.id, actor.name, ...actor.aliases];
  for (const extra of [actor.iso2, actor.iso3, actor.capital]) if (extra) names.push(extra);
  return names;
}

/** Resolves a country by id, name, alias, ISO code or capital, any case; forgives one clear misspelling. */
export function resolveCountry(dataset: Dataset, input: string): Resolved<Actor> {
  const countries = dataset.actors.filter((actor) => actor.kind === 'country');
  const found = resolveAmong(countries, input);
  if (found) return found;
  const other = resolveAmong(
    dataset.actors.filter((actor) => actor.kind !== 'country'),
    input,
  );
  if (other && other.corrected === undefined) {
    throw new NotFoundError(
      `"${input}" is ${other.record.name}, ${article(other.record.kind)} ${other.record.kind}, not a country; try: car-brief show ${other.record.id}`,
    );
  }
  throw new NotFoundError(`no country called "${input}"`, suggestions(countries, input));
}

/** Exact (normalised) match among actors, else the single nearest name within the typo budget. */
export function resolveAmong(actors: readonly Actor[], input: string): Resolved<Actor> | undefined {
  const needle = normalizeName(input);
  if (needle === '') return undefined;
  const exact = actors.filter((actor) => actorNames(actor).some((name) => normalizeName(name) === needle));
  if (exact.length > 0) return { record: exact[0]! };
  const ranked = rank(actors, needle);
  const best = ranked[0];
  if (!best || best.distance > typoBudget(needle.length)) return undefined;
  const tied = new Set(ranked.filter((entry) => entry.distance === best.distance).map((entry) => entry.actor));
  return tied.size === 1 ? { record: best.actor, corrected: best.name } : undefined;
}

/** Up to three known names nearest to input, for "did you mean". */
export function suggestions(actors: readonly Actor[], input: string, limit = 3): string[] {
  const needle = normalizeName(input);
  const seen = new Set<Actor>();
  const names: string[] = [];
  for (const { actor, distance } of rank(actors, needle)) {
    if (seen.has(actor) || distance > suggestBudget(needle.length)) continue;
    seen.add(actor);
    names.push(actor.name);
    if (names.length === limit) break;
  }
  return names;
}

function rank(actors: readonly Actor[], needle: string) {
  return actors
    .flatMap((actor) =>
      actorNames(actor).map((name) => ({ actor, name, distance: editDistance(needle, normalizeName(name)) })),
    )
    .sort((a, b) => a.distance - b.distance);
}

function article(word: string): string {
  return /^[aeio]/.test(word) ? 'an' : 'a';
}
