// What the checks know about one sentence (its clauses, actors, figures and dates), and about the
// records of the dataset they compare it with (read once per draft, each record when first needed).
import type { Dataset } from '../dataset/dataset.js';
import type { Claim, Event } from '../model/records.js';
import type { DraftSentence } from './draft.js';
import { dateMentions, figureMentions, type DateMention, type FigureMention } from './mentions.js';
import { Retrieval } from './retrieval.js';
import type { SubjectFinder } from './subjects.js';
import { clauseAt, clausesOf, contentStems, tokensOf, type Clause, type Token } from './text.js';

/** A figure or date with the clause it is in. */
export type Placed<T> = T & { readonly clause: number };

/** A sentence read for checking: its words, clauses, the actors it names, its figures and dates. */
export interface SentenceFacts {
  readonly sentence: DraftSentence;
  readonly tokens: readonly Token[];
  readonly clauses: readonly Clause[];
  /** Every actor the sentence names (a pronoun's clause is about the sentence's actors). */
  readonly actors: ReadonlySet<string>;
  readonly figures: readonly Placed<FigureMention>[];
  readonly dates: readonly Placed<DateMention>[];
}

/** Reads one sentence. */
export function readSentence(sentence: DraftSentence, subjects: SubjectFinder): SentenceFacts {
  const tokens = tokensOf(sentence.text, subjects);
  const clauses = clausesOf(sentence.text, tokens);
  const dates = dateMentions(sentence.text);
  const place = <T extends { offset: number }>(mention: T): Placed<T> => ({
    ...mention,
    clause: clauseAt(clauses, mention.offset),
  });
  return {
    sentence,
    tokens,
    clauses,
    actors: new Set(clauses.flatMap((clause) => [...clause.actors])),
    figures: figureMentions(sentence.text, dates).map(place),
    dates: dates.map(place),
  };
}

/** How many of the ids are in the set. */
export function countIn(ids: Iterable<string>, set: ReadonlySet<string>): number {
  let n = 0;
  for (const id of ids) if (set.has(id)) n++;
  return n;
}

/** The records the checks compare sentences with, indexed by the actors they are about, and their stems. */
export class CheckData {
  private readonly actorsOf = new Map<string, ReadonlySet<string>>();
  private readonly stemsOf = new Map<string, ReadonlySet<string>>();
  private readonly memos = new Map<string, unknown>();
  private claimIndex?: Map<string, Claim[]>;
  private eventIndex?: Map<string, Event[]>;
  private retrievalIndex?: Retrieval;
  private groupsOf?: Map<string, string[]>;

  constructor(
    readonly dataset: Dataset,
    readonly subjects: SubjectFinder,
  ) {}

  /** The search index, stemmed (built on first use). */
  get retrieval(): Retrieval {
    return (this.retrievalIndex ??= new Retrieval(this.dataset));
  }

  /** The claims about any of the actors. */
  claimsAbout(actors: ReadonlySet<string>): Claim[] {
    this.claimIndex ??= indexBy(this.dataset.claims, (claim) => this.claimActors(claim));
    return unionOf(this.claimIndex, actors);
  }

  /** The actors with the groups any of them belongs to ("Tashkent" names one of the Central Asian republics). */
  withGroups(actors: ReadonlySet<string>): ReadonlySet<string> {
    this.groupsOf ??= groupsByMember(this.dataset);
    const all = new Set(actors);
    for (const actor of actors) for (const group of this.groupsOf.get(actor) ?? []) all.add(group);
    return all;
  }

  /**
   * Whether a record is about another subject than the sentence: the sentence names a country,
   * person or organisation the record does not, and the record one the sentence does not (Pakistan,
   * the country every record is seen from, aside). "Tashkent" is not "Baku".
   */
  otherSubject(named: ReadonlySet<string>, record: ReadonlySet<string>): boolean {
    const all = this.withGroups(named);
    const subject = (id: string) => this.isSubject(id);
    const strange = [...named].some(
      (a) => subject(a) && !record.has(a) && ![...this.withGroups(new Set([a]))].some((g) => record.has(g)),
    );
    const missing = [...record].some((a) => subject(a) && a !== 'pakistan' && !all.has(a));
    return strange && missing;
  }

  /**
   * A sentence that opens with a pronoun and names no one ("It bought eleven …") is about whom the
   * sentence before it, in the same paragraph, is about: it takes that sentence's subjects.
   */
  resolvePronoun(facts: SentenceFacts, before: SentenceFacts | undefined): SentenceFacts {
    if (!before || before.sentence.block !== facts.sentence.block || !PRONOUN.test(facts.sentence.text))
      return facts;
    const first = facts.clauses[0];
    if (!first || [...first.actors].some((a) => this.isSubject(a))) return facts;
    const inherited = [...before.actors].filter((a) => this.isSubject(a));
    return inherited.length === 0 ? facts : { ...facts, actors: new Set([...facts.actors, ...inherited]) };
  }

  /** Whether an actor is whom a sentence is about (a country, person or organisation), not what. */
  isSubject(id: string): boolean {
    return SUBJECT_KINDS.has((this.dataset.get(id)?.record as { kind?: string } | undefined)?.kind ?? '');
  }

  /** The claims that share three stems or more with a clause, found through the search index. */
  claimsSharing(clauses: readonly Clause[]): Claim[] {
    const [from, to] = this.dataset.range('claims');
    const found: Claim[] = [];
    for (const clause of clauses) {
      const counts = new Map<number, number>();
      for (const stem of clause.own)
        for (const slot of this.retrieval.slotsWith([stem]))
          if (slot >= from && slot < to) counts.set(slot, (counts.get(slot) ?? 0) + 1);
      for (const [slot, n] of counts) if (n >= 3) found.push(this.dataset.claims[slot - from]!);
    }
    return found;
  }

  /** The events of any of the actors. */
  eventsOf(actors: ReadonlySet<string>): Event[] {
    this.eventIndex ??= indexBy(this.dataset.events, (event) => this.eventActors(event));
    return unionOf(this.eventIndex, actors);
  }

  /** The actors a claim is about, with those of the events and issues it is about. */
  claimActors(claim: Claim): ReadonlySet<string> {
    let found = this.actorsOf.get(claim.id);
    if (!found) {
      const ids = new Set<string>();
      for (const id of claim.about) {
        ids.add(id);
        const entry = this.dataset.get(id);
        if (entry?.type === 'event') this.eventActors(entry.record).forEach((actor) => ids.add(actor));
        if (entry?.type === 'issue')
          [...entry.record.countries, ...entry.record.actors].forEach((a) => ids.add(a));
      }
      this.actorsOf.set(claim.id, (found = ids));
    }
    return found;
  }

  /** The countries and actors an event names. */
  eventActors(event: Event): ReadonlySet<string> {
    let found = this.actorsOf.get(event.id);
    if (!found)
      this.actorsOf.set(event.id, (found = new Set([...event.countries, ...event.actors.map((a) => a.id)])));
    return found;
  }

  /** The stems of a text of a record (read once per record and part). */
  stems(id: string, part: string, text: () => string): ReadonlySet<string> {
    const key = `${id}\u0000${part}`;
    let found = this.stemsOf.get(key);
    if (!found) this.stemsOf.set(key, (found = contentStems(text(), this.subjects)));
    return found;
  }

  /** Something read from a record once per draft (its hedges), kept by the record's id and a name. */
  memo<T>(id: string, part: string, read: () => T): T {
    const key = `${id}\u0000${part}`;
    if (!this.memos.has(key)) this.memos.set(key, read());
    return this.memos.get(key) as T;
  }

  /** How much of a clause's meaning a record's stems carry, weighted by how telling each stem is. */
  weightShared(stems: ReadonlySet<string>, record: ReadonlySet<string>): number {
    let weight = 0;
    for (const stem of stems) if (record.has(stem)) weight += this.retrieval.weight(stem);
    return weight;
  }

  /** The weight of a set of stems (those the data has at all). */
  weightOf(stems: ReadonlySet<string>): number {
    let weight = 0;
    for (const stem of stems) weight += this.retrieval.weight(stem);
    return weight;
  }
}

// The kinds of actor a sentence is about (a weapon or a project is what it is about, not who).
const SUBJECT_KINDS = new Set(['country', 'person', 'organisation', 'group', 'armed-group']);
const PRONOUN = /^(?:it|its|he|his|she|her|they|their|the\s+(?:country|state|government))\b/i;

function groupsByMember(dataset: Dataset): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const actor of dataset.actors) {
    for (const member of (actor as { members?: readonly string[] }).members ?? []) {
      let list = groups.get(member);
      if (!list) groups.set(member, (list = []));
      list.push(actor.id);
    }
  }
  return groups;
}

function indexBy<T>(records: readonly T[], actors: (record: T) => ReadonlySet<string>): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const record of records) {
    for (const actor of actors(record)) {
      let list = index.get(actor);
      if (!list) index.set(actor, (list = []));
      list.push(record);
    }
  }
  return index;
}

function unionOf<T>(index: ReadonlyMap<string, T[]>, actors: ReadonlySet<string>): T[] {
  const found = new Set<T>();
  for (const actor of actors) for (const record of index.get(actor) ?? []) found.add(record);
  return [...found];
}
