import {
  addDuration,
  dateEnds,
  dayAfter,
  firstPartSpan,
  partSpan,
  windowWordsIn,
} from '../../model/windows.js';
import type { StaleSettings, WindowKey } from './settings.js';

// The window of a plan: how long what it says gives it. A date with an end is its own window, by
// the {{Update after}} rule (2025: until 31 December 2025; 2025-03: until 31 March). A date with
// an open end (2024-07/..) is given a window by the plan's words, counted from the end of its
// first date: "near future" and "coming months" (6 months by default), "next year" (the next
// calendar year), and no such words (1 year); the dataset file can set each.

/** A plan's window: what gave it, from when, and the first day after it. */
export interface PlanWindow {
  /** date: the plan's own date; else the words that gave its length, or unstated for none. */
  readonly rule: 'date' | WindowKey;
  /** The words as the source wrote them ("coming months"), when words gave the window. */
  readonly words?: string;
  /** How long the words give it, as an ISO 8601 duration (P6M), when it is not the date's own. */
  readonly length?: string;
  /** The date it is counted from, as EDTF: the plan's date, or the date of the source that tells it. */
  readonly from: string;
  /** The first day after the window (ms). */
  readonly closes: number;
}

/**
 * The window of a plan dated date, whose words (its quotes) may say when: undefined when its date
 * is of a form that gives no start to count from.
 */
export function planWindow(
  date: string,
  texts: readonly string[],
  settings: StaleSettings,
): PlanWindow | undefined {
  const { end } = dateEnds(date);
  if (end !== undefined) return { rule: 'date', from: date, closes: dayAfter(end) };
  const first = firstPartSpan(date);
  return first && wordsWindow(date, first.end, texts, settings);
}

/** The window words give a plan or a pending outcome told on the date from (ending at anchorEnd). */
export function wordsWindow(
  from: string,
  anchorEnd: number,
  texts: readonly string[],
  settings: StaleSettings,
): PlanWindow {
  const found = windowWordsIn(texts);
  const rule: WindowKey = found?.key ?? 'unstated';
  // "next year" names a calendar year: it is counted from the end of the year the plan was told in.
  const base = rule === 'next_year' ? yearEnd(anchorEnd) : anchorEnd;
  const { text, duration } = settings.windows[rule];
  return {
    rule,
    ...(found ? { words: found.words } : {}),
    length: text,
    from,
    closes: addDuration(dayAfter(base), duration),
  };
}

function yearEnd(instant: number): number {
  const year = new Date(instant).getUTCFullYear();
  return partSpan(String(year).padStart(4, '0'))?.end ?? instant;
}
