// Our own check of the dates in an EDTF string, made before the edtf package parses it: the
// package is lenient where a dataset must not be (2023-02-29 becomes 2023-03-01; "20240710" is
// read as milliseconds since 1970). This check knows the shapes of the dates themselves; the
// package still checks how they are put together (qualifiers, intervals, sets).

const Q = '[?~%]?'; // an EDTF qualifier (uncertain, approximate, both), before or after a part
const DATE = new RegExp(
  `^${Q}(?<year>-?\\d{4}|[\\dX]{4}|Y-?\\d{5,})(?:S\\d+)?${Q}` +
    `(?:-${Q}(?<month>[\\dX]{2})${Q}(?:-${Q}(?<day>[\\dX]{2})${Q})?)?` +
    `(?:T(?<time>\\d{2}:\\d{2}:\\d{2})(?<zone>Z|[+-]\\d{2}(?::\\d{2})?)?)?$`,
);
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** EDTF's seasons, quarters, quadrimesters and semesters: written where a month goes, never with a day. */
const SEASONS = { first: 21, last: 41 };
const EXAMPLES = 'write e.g. 2024, 2024-07, 2024-07-10/2024-07-11 or 2024-10/..';

/**
 * Why value is not made of well-formed, real calendar dates (EDTF extended format), or undefined
 * if it is. A date with unspecified digits (2024-02-2X) is real when some date it may stand for is.
 */
export function calendarProblem(value: string): string | undefined {
  for (const part of datesIn(value)) {
    // A string of digits that is not a year: the edtf package reads it as milliseconds since 1970.
    if (/^\d+$/.test(part) && (part === value ? part.length !== 4 : part.length > 4)) {
      return digitsProblem(part, value);
    }
    const match = DATE.exec(part);
    if (!match) return notEdtf(value);
    const why = dateProblem(match.groups as unknown as DateParts);
    if (why) return `${part} is not a calendar date: ${why}`;
  }
  return undefined;
}

/** The message for a value that is not EDTF at all. */
export function notEdtf(value: string): string {
  return `${JSON.stringify(value)} is not an EDTF date; ${EXAMPLES}`;
}

function digitsProblem(digits: string, value: string): string {
  const what =
    digits === value
      ? `${digits} is not an EDTF date: digits`
      : `${JSON.stringify(value)} is not an EDTF date: ${digits}`;
  const day = digits.length === 8 ? `; for a day write ${digits.replace(/^(\d{4})(\d\d)/, '$1-$2-')}` : '';
  return `${what} without dashes must be a four-digit year (2024)` + ` or a long year after Y (Y12345)${day}`;
}

// The single dates of a value: the ends of an interval, the members of a set or list ([a, b..c]).
// Open and unknown ends ('..', '') have no date to check.
function datesIn(value: string): string[] {
  const inner = /^\[.*\]$|^\{.*\}$/.test(value) ? value.slice(1, -1) : value;
  return inner
    .split(/,|\/|\.\./)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

interface DateParts {
  readonly year: string;
  readonly month?: string;
  readonly day?: string;
  readonly time?: string;
  readonly zone?: string;
}

// Why one well-shaped date does not exist, or undefined when it (or, with X digits, some date it may be) does.
function dateProblem({ year, month, day, time, zone }: DateParts): string | undefined {
  if (month === undefined) return undefined;
  const season = Number(month);
  if (day === undefined && season >= SEASONS.first && season <= SEASONS.last) return undefined;
  const months = candidates(month, 1, 12);
  if (months.length === 0) {
    const seasons = day === undefined ? '; 21–41 are seasons' : '';
    return `there is no month ${month} (months are 01–12${seasons})`;
  }
  if (day !== undefined) {
    const why = dayProblem(year, month, months, day);
    if (why) return why;
  }
  return time === undefined ? undefined : timeProblem(time, zone);
}

function dayProblem(year: string, month: string, months: number[], day: string): string | undefined {
  if (candidates(day, 1, 31).length === 0) return `there is no day ${day}`;
  const leap = year.includes('X') ? someLeapYear(year) : isLeap(Number(year.replace(/^Y/, '')));
  const longest = Math.max(...months.map((m) => (m === 2 && leap ? 29 : DAYS[m - 1]!)));
  if (candidates(day, 1, longest).length > 0) return undefined;
  const named = /X/.test(month) ? `month ${month} of` : MONTHS[Number(month) - 1];
  if (/X/.test(day + year + month)) return `${named} ${year} has no day ${day}`;
  return `${named} ${year} has ${longest} days`;
}

function timeProblem(time: string, zone: string | undefined): string | undefined {
  const [hour, minute, second] = time.split(':').map(Number) as [number, number, number];
  if (hour > 23 || minute > 59 || second > 59) return `there is no time of day ${time}`;
  const [zoneHour = 0, zoneMinute = 0] = (zone ?? '').replace(/^[+-]/, '').split(':').map(Number);
  if (zoneHour > 23 || zoneMinute > 59) return `there is no time zone offset ${zone}`;
  return undefined;
}

// The numbers from min to max that a two-digit pattern (digits or X for unspecified) may stand for.
function candidates(pattern: string, min: number, max: number): number[] {
  const found: number[] = [];
  for (let n = min; n <= max; n++) {
    const digits = String(n).padStart(2, '0');
    if ([...pattern].every((c, i) => c === 'X' || c === digits[i])) found.push(n);
  }
  return found;
}

// Some year that a pattern with unspecified digits (19XX, X024) may stand for is a leap year.
function someLeapYear(pattern: string): boolean {
  for (let year = 0; year <= 9999; year++) {
    const digits = String(year).padStart(4, '0');
    if ([...pattern].every((c, i) => c === 'X' || c === digits[i]) && isLeap(year)) return true;
  }
  return false;
}

/** The proleptic Gregorian rule (EDTF years are astronomical: 0000 is 1 BC, a leap year). */
function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
