import { z } from 'zod';
import {
  ACTOR_KINDS,
  CLAIM_KINDS,
  DATE_BASES,
  EVENT_STATUSES,
  EVENT_TYPES,
  FIGURE_QUALIFIERS,
  ISSUE_STATUSES,
  SOURCE_KINDS,
  type CollectionName,
} from '../../model/vocabulary.js';
import { calendarSpan } from '../../model/dates.js';
import { edtfProblem } from './edtf.js';

// The record schemas of the five collections, used by the check stage. The JSON Schema in
// schema/ is generated from these (npm run schema), so the rules are written once. The
// record types in model/records.ts are derived from them.

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug (a-z, 0-9 and single hyphens)');
const text = z.string().trim().min(1, 'must not be empty');
// A bare year is a number in YAML (`date: 2019`); it is read as the EDTF string "2019". Any
// other number says why it is not a date, as a string would.
const notYear = { error: (issue: { input?: unknown }) => edtfProblem(String(issue.input)) };
const edtf = z
  .union([z.string(), z.int().min(1000, notYear).max(9999, notYear)])
  .transform(String)
  .superRefine((value, ctx) => {
    const why = edtfProblem(value);
    if (why) ctx.addIssue({ code: 'custom', message: why });
  })
  .meta({ description: 'EDTF (ISO 8601-2) date or interval' });

const dateBasis = z.enum(DATE_BASES);

// A day of the calendar, written in full (2024-11-05): when something was done, not what a source says.
const notDay = 'must be a day of the calendar, written YYYY-MM-DD';
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, notDay)
  .refine((value) => calendarSpan(value) !== undefined, notDay);

const citation = z.strictObject({
  source: slug.meta({ description: 'id of a record in sources' }),
  paragraph: z.int().positive().meta({ description: 'paragraph (line) of the source text, 1-based' }),
  quote: text.meta({ description: 'the shortest verbatim span of that paragraph that supports the record' }),
});
const citations = z.array(citation).min(1, 'every record cites at least one source');
const ids = z.array(slug);

// Where passages of the sources disagree (the article calls one man both "Pakistan's Director
// General ISI" and "Former DG ISI"), the record says so instead of settling it silently.
const disagreement = z.strictObject({
  about: text.meta({ description: 'what the passages disagree on, in neutral words of our own' }),
  passages: z
    .array(citation)
    .min(2, 'a disagreement sets at least two passages side by side')
    .meta({ description: 'the passages that disagree, each cited and quoted verbatim' }),
  records: ids.optional().meta({
    description: 'ids of the other records the disagreement bears on; each carries the same passages',
  }),
});
const disagreements = z.array(disagreement).optional().meta({
  description: 'passages of the sources that disagree on what this record says; every view of it says so',
});
// Knowledge not in the source but not in doubt, marked as such (as ISO codes and capitals are).
const addedKnowledge = z.array(text).optional().meta({
  description:
    'knowledge added from outside the source, not in doubt (an abbreviation spelled out, a place put in its country); each item says what was added and why',
});

export const sourceSchema = z.strictObject({
  id: slug,
  kind: z.enum(SOURCE_KINDS),
  label: text.meta({ description: 'how citations name this source, in our words' }),
  title: text.nullable().meta({ description: 'the title the source gives itself; null when untitled' }),
  author: text.nullable(),
  publisher: text.nullable(),
  published: edtf,
  published_basis: dateBasis,
  url: text.nullable().optional(),
  derived_from: slug.optional().meta({
    description:
      'id of the source this one only repeats (a wire story republished, a report that quotes another): its origin',
  }),
  text: text.optional().meta({
    description: 'path of the plain-text copy, relative to the data directory; one paragraph per line',
  }),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 digest: 64 hexadecimal digits, lower case')
    .optional()
    .meta({ description: 'SHA-256 of the text file as it was added (car-brief sources add writes it)' }),
  added: isoDate.optional().meta({ description: 'the day the source was added to the dataset (YYYY-MM-DD)' }),
  notes: text.optional(),
});

const role = z.strictObject({
  title: text,
  org: slug.optional().meta({ description: 'id of the actor the role is held in' }),
  from: edtf.optional(),
  to: edtf.optional(),
  former: z.boolean().optional().meta({ description: 'the source calls the role former, without dates' }),
  note: text.optional(),
});
export const actorSchema = z
  .strictObject({
    id: slug,
    kind: z.enum(ACTOR_KINDS),
    name: text,
    aliases: z.array(text).default([]),
    summary: text,
    iso2: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be two capital letters')
      .optional(),
    iso3: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be three capital letters')
      .optional(),
    capital: text.optional(),
    region: text.optional(),
    members: ids.optional().meta({ description: 'for groups: the member actors' }),
    roles: z.array(role).optional().meta({ description: 'for people: positions held' }),
    affiliations: ids.optional(),
    countries: ids.optional().meta({ description: 'countries the actor belongs to or operates in' }),
    tags: ids.optional(),
    added_knowledge: addedKnowledge,
    disagreements,
    sources: citations,
  })
  .superRefine((actor, ctx) => {
    if (actor.kind !== 'country') return;
    for (const field of ['iso2', 'iso3', 'capital'] as const) {
      if (actor[field] === undefined)
        ctx.addIssue({ code: 'custom', path: [field], message: `a country needs ${field}` });
    }
  });

export const eventSchema = z
  .strictObject({
    id: slug,
    date: edtf,
    date_basis: dateBasis,
    date_note: text.optional().meta({ description: 'why the date reads as it does; required when inferred' }),
    status: z.enum(EVENT_STATUSES),
    type: z.enum(EVENT_TYPES),
    title: text,
    summary: text,
    countries: ids.min(1, 'an event names at least one country'),
    actors: z.array(z.strictObject({ id: slug, role: text.optional() })).default([]),
    tags: ids.default([]),
    issues: ids.default([]),
    added_knowledge: addedKnowledge,
    disagreements,
    sources: citations,
  })
  .superRefine((event, ctx) => {
    if (event.date_basis === 'inferred' && event.date_note === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['date_note'],
        message: 'an inferred date needs a date_note saying how it was inferred',
      });
    }
  });

export const issueSchema = z.strictObject({
  id: slug,
  title: text,
  status: z.enum(ISSUE_STATUSES),
  since: edtf.optional(),
  countries: ids.min(1, 'an issue names at least one country'),
  actors: ids.default([]),
  tags: ids.default([]),
  summary: text,
  added_knowledge: addedKnowledge,
  disagreements,
  sources: citations,
});

const figure = z.strictObject({
  value: z.number(),
  unit: text,
  of: text.meta({ description: 'what the number measures' }),
  qualifier: z.enum(FIGURE_QUALIFIERS).default('exactly'),
});
// A claim whose outcome its source says is still to come: the words that say so, and when, if it says.
const pending = z
  .strictObject({
    words: text.meta({
      description:
        'the words of one of its quotes that say the outcome is still to come ("finalising", "considering", "intends to")',
    }),
    expected: edtf.optional().meta({
      description:
        'when the outcome is expected, where the source says (EDTF); else the window its words give (car-brief help dates)',
    }),
  })
  .meta({
    description: 'the claim speaks of an outcome still to come: car-brief stale lists it once overdue',
  });
export const claimSchema = z
  .strictObject({
    id: slug,
    about: ids.min(1, 'a claim is about at least one record'),
    statement: text,
    kind: z.enum(CLAIM_KINDS).meta({
      description:
        'fact: what happened, exists or was done, said or sought, stated without hedge (events, acts and their aims, requests, positions, figures, what a thing is); ' +
        "report: the source attributes it to others; assessment: the author's reading — how a relationship stands or one side regards another " +
        '(strained, a sore point, a point of contention, differences, wary, cautious), causes and effects, evaluations, predictions, advice. ' +
        'A claim that joins a fact to such a reading is an assessment',
    }),
    attribution: text.optional().meta({
      description:
        'for reports: who reported it, written for readers as it follows "report:" ("media reports", "unnamed critics")',
    }),
    figures: z.array(figure).default([]),
    tags: ids.default([]),
    pending: pending.optional(),
    added_knowledge: addedKnowledge,
    disagreements,
    sources: citations,
  })
  .superRefine((claim, ctx) => {
    const words = claim.pending?.words;
    if (words !== undefined && !claim.sources.some((c) => c.quote.includes(words))) {
      ctx.addIssue({
        code: 'custom',
        path: ['pending', 'words'],
        message: "must be words of one of the claim's quotes, as written there",
      });
    }
  });

/** The collections of a dataset, each a file data/<name>.yaml (or a folder data/<name>/ of YAML files). */
export const COLLECTIONS = {
  sources: sourceSchema,
  actors: actorSchema,
  events: eventSchema,
  issues: issueSchema,
  claims: claimSchema,
} as const satisfies Record<CollectionName, z.ZodType>;

export type Source = z.output<typeof sourceSchema>;
export type Actor = z.output<typeof actorSchema>;
export type Event = z.output<typeof eventSchema>;
export type Issue = z.output<typeof issueSchema>;
export type Claim = z.output<typeof claimSchema>;
export type Citation = z.output<typeof citation>;
export type Figure = z.output<typeof figure>;
export type Disagreement = z.output<typeof disagreement>;
