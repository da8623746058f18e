import type { DatasetSettings } from '../../model/records.js';
import { parseDuration, type Duration, type WindowWords } from '../../model/windows.js';

// How long plans, pending outcomes and issues last before they go stale: the dataset file's
// settings (windows, stale_after), each with a default when it gives none (docs/dates.md).

/** The windows the words of a plan or a pending claim give it, and the one for no words. */
export type WindowKey = WindowWords | 'unstated';

/** The defaults, as the dataset file would write them. */
export const DEFAULT_WINDOWS: { readonly [K in WindowKey]: string } = {
  near_future: 'P6M',
  coming_months: 'P6M',
  next_year: 'P1Y',
  unstated: 'P1Y',
};
export const DEFAULT_STALE_AFTER = { planned: 'P0D', ongoing: 'P1Y', issue: 'P1Y' } as const;

/** The durations a judgement uses, each with its ISO 8601 text. */
export interface StaleSettings {
  readonly windows: { readonly [K in WindowKey]: Timed };
  readonly after: { readonly [K in keyof typeof DEFAULT_STALE_AFTER]: Timed };
}

/** A duration with the text it was written as (P6M). */
export interface Timed {
  readonly text: string;
  readonly duration: Duration;
}

/** The settings of a dataset file with the defaults filled in (its durations were checked when it was loaded). */
export function staleSettings(settings: DatasetSettings | undefined): StaleSettings {
  const timed = (text: string): Timed => ({ text, duration: parseDuration(text)! });
  const given = settings?.windows ?? {};
  const after = settings?.stale_after ?? {};
  return {
    windows: {
      near_future: timed(given.near_future ?? DEFAULT_WINDOWS.near_future),
      coming_months: timed(given.coming_months ?? DEFAULT_WINDOWS.coming_months),
      next_year: timed(given.next_year ?? DEFAULT_WINDOWS.next_year),
      unstated: timed(given.unstated ?? DEFAULT_WINDOWS.unstated),
    },
    after: {
      planned: timed(after.planned ?? DEFAULT_STALE_AFTER.planned),
      ongoing: timed(after.ongoing ?? DEFAULT_STALE_AFTER.ongoing),
      issue: timed(after.issue ?? DEFAULT_STALE_AFTER.issue),
    },
  };
}
