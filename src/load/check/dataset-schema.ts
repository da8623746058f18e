import { z } from 'zod';
import { calendarSpan } from '../../model/dates.js';

// The schema of the dataset file (dataset.yaml at the root of a data directory): what the
// dataset is, whose relations it is about, and settings read by later commands. Every field is
// optional, and so is the file. schema/dataset.schema.json is generated from it (npm run schema).

const text = z.string().trim().min(1, 'must not be empty');

// ISO 8601 durations of whole days, weeks, months and years: P90D, P2W, P6M, P1Y, P1Y6M.
const DURATION = /^P(?=\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?$/;
const duration = z
  .string()
  .regex(DURATION, 'must be an ISO 8601 duration in days, weeks, months or years: P90D, P2W, P6M, P1Y')
  .meta({ description: 'ISO 8601 duration: P90D, P2W, P6M, P1Y, P1Y6M' });

// A calendar date as typed on the command line (--since, --until): a bare year may be unquoted.
const notDate = 'must be a calendar date: 2024, 2024-12 or 2024-12-31';
const calendarDate = z
  .union([z.string(), z.int().min(1000, notDate).max(9999, notDate)])
  .transform(String)
  .refine((value) => calendarSpan(value) !== undefined, notDate);

const staleAfter = z
  .strictObject({
    planned: duration.optional().meta({
      description:
        'a planned event or a pending claim counts as stale this long after its window has passed: its date, or what its words give it (default P0D)',
    }),
    ongoing: duration.optional().meta({
      description:
        'an ongoing event (its outcome pending) counts as stale this long after its date (default P1Y)',
    }),
    issue: duration.optional().meta({
      description:
        'an open or stalled issue counts as gone quiet when no dated record of it (its events, the sources that cite it) is this recent (default P1Y)',
    }),
  })
  .meta({
    description: 'how long before a record goes stale, by what it is: ISO 8601 durations (P90D, P6M, P1Y)',
  });

// How long the words of a plan or a pending outcome give it, counted from the end of its date.
const windows = z
  .strictObject({
    near_future: duration.optional().meta({
      description: '"in the near future": counted from the end of the plan\'s date (default P6M)',
    }),
    coming_months: duration.optional().meta({
      description: '"in the coming months": counted from the end of the plan\'s date (default P6M)',
    }),
    next_year: duration.optional().meta({
      description:
        '"next year": counted from the end of the plan\'s year (default P1Y: the next calendar year)',
    }),
    unstated: duration.optional().meta({
      description:
        'a plan with an open end, or a pending claim, whose words give no time: counted from the end of its date (default P1Y)',
    }),
  })
  .meta({
    description: 'the windows the words of plans and pending claims give them: ISO 8601 durations (P6M, P1Y)',
  });

const settings = z
  .strictObject({
    as_of: calendarDate.optional().meta({
      description:
        'the date answers are as of when --as-of is not given (default: today): 2024, 2024-12 or 2024-12-31; a year or month stands for its last day',
    }),
    stale_after: staleAfter.optional(),
    windows: windows.optional(),
  })
  .meta({ description: 'settings read by the commands that use them' });

/** The dataset file: a mapping of these fields, each optional; no other field. */
export const datasetFileSchema = z.strictObject({
  title: text.optional().meta({ description: "the dataset's name, in a few words" }),
  description: text.optional().meta({ description: 'what the dataset holds and where it comes from' }),
  // Checked against the actors in the check stage (dataset-file.ts), where a name can be told apart from an id.
  perspective: text.optional().meta({
    description: 'id of the country whose relations the dataset is about (the hub); inferred when absent',
  }),
  settings: settings.optional(),
});

/** The content of a dataset file; {} when there is none. */
export type DatasetInfo = z.output<typeof datasetFileSchema>;
/** The settings of a dataset file. */
export type DatasetSettings = z.output<typeof settings>;
