// EDTF dates as a writer reads them in a table: "10–11 Jul 2024", "May–Dec 2024", "from Jul
// 2024", "1990s". The EDTF itself stays in TSV, CSV and JSON, where scripts read it.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SEASONS: Record<string, string> = { '21': 'spring', '22': 'summer', '23': 'autumn', '24': 'winter' };

interface Parts {
  readonly year: string;
  readonly month?: string | undefined;
  readonly day?: string | undefined;
  /** ? uncertain, ~ approximate, % both. */
  readonly qualifier: string;
}

// One date of EDTF's plain forms (with an optional qualifier), or undefined for anything else.
function parts(value: string): Parts | undefined {
  const match = /^(-?\d{3}[\dX])(?:-(\d\d))?(?:-(\d\d))?([?~%]?)$/.exec(value);
  if (!match) return undefined;
  const [, year, month, day, qualifier] = match;
  if (month !== undefined && !(Number(month) >= 1 && Number(month) <= 12) && !SEASONS[month])
    return undefined;
  return { year: year!, month, day, qualifier: qualifier ?? '' };
}

function yearText(year: string): string {
  if (/^\d{3}X$/.test(year)) return `${year.slice(0, 3)}0s`;
  return year.startsWith('-') ? `${Number(year.slice(1))} BCE` : String(Number(year));
}

function monthText(month: string): string {
  return SEASONS[month] ?? MONTHS[Number(month) - 1]!;
}

function qualified(text: string, qualifier: string): string {
  if (qualifier === '~') return `about ${text}`;
  if (qualifier === '?') return `${text}?`;
  if (qualifier === '%') return `about ${text}?`;
  return text;
}

function single(p: Parts): string {
  const text = [
    p.day === undefined ? '' : String(Number(p.day)),
    p.month && monthText(p.month),
    yearText(p.year),
  ]
    .filter(Boolean)
    .join(' ');
  return qualified(text, p.qualifier);
}

// Two dates of one interval, sharing what they share: "10–11 Jul 2024", "May–Dec 2024".
function range(a: Parts, b: Parts): string {
  if (a.qualifier === '' && b.qualifier === '' && a.year === b.year && !a.year.includes('X')) {
    if (a.month !== undefined && a.month === b.month && a.day !== undefined && b.day !== undefined)
      return `${Number(a.day)}–${Number(b.day)} ${monthText(a.month)} ${yearText(a.year)}`;
    if (a.month !== undefined && b.month !== undefined && a.day === undefined && b.day === undefined)
      return `${monthText(a.month)}–${monthText(b.month)} ${yearText(a.year)}`;
  }
  return `${single(a)} – ${single(b)}`;
}

/** An EDTF date for people; a form it does not know (sets, exponents) is returned as it is. */
export function humanDate(value: string): string {
  const [from, to, ...rest] = value.split('/');
  if (rest.length > 0 || from === undefined) return value;
  if (to === undefined) {
    const p = parts(from);
    return p ? single(p) : value;
  }
  const a = from === '' || from === '..' ? undefined : parts(from);
  const b = to === '' || to === '..' ? undefined : parts(to);
  if (a && b) return range(a, b);
  if (a && (to === '..' || to === '')) return `from ${single(a)}`;
  if (b && (from === '..' || from === '')) return `until ${single(b)}`;
  return value;
}

const THIRDS = ['early', 'mid', 'late'];

/**
 * An EDTF date as the age of what it dates, for "1 source, late 2024": a day reads as its month
 * (2025-11-12 is "Nov 2025"); a span of three or four months inside one third of a year (Jan–Apr,
 * May–Aug, Sep–Dec) reads "early", "mid" or "late" and the year (2024-09/2024-12 is "late 2024");
 * any other date reads as humanDate has it.
 */
export function humanAge(value: string): string {
  const day = /^(-?\d{4})-(\d\d)-\d\d$/.exec(value);
  if (day) return humanDate(`${day[1]}-${day[2]}`);
  const [from, to, ...rest] = value.split('/');
  const a = from === undefined ? undefined : parts(from);
  const b = to === undefined ? undefined : parts(to);
  if (rest.length === 0 && a && b && a.year === b.year && !a.year.includes('X')) {
    const [first, last] = [Number(a.month), Number(b.month)];
    const plain = a.qualifier === '' && b.qualifier === '' && a.day === undefined && b.day === undefined;
    const third = Math.ceil(first / 4);
    if (plain && last <= 12 && last - first >= 2 && Math.ceil(last / 4) === third)
      return `${THIRDS[third - 1]!} ${yearText(a.year)}`;
  }
  return humanDate(value);
}
