// Units as writers write them after a number, and as the dataset's figures name them: each unit
// has a dimension and a factor to the dimension's base unit, so that "1,078 miles" can be
// measured against 1,735 km, and "33 billion cubic metres" against 33 bcm.

/** A unit: what it measures (a dimension) and how many base units one of it is. */
export interface Unit {
  /** Its name as check shows it ("km", "miles", "bcm", "%", "aircraft"). */
  readonly name: string;
  /** What it measures: "length", "gas volume", "share", or "count:<thing>" for things counted. */
  readonly dimension: string;
  /** How many base units of its dimension one of it is (km for length, bcm for gas, % for shares). */
  readonly factor: number;
}

interface UnitForm {
  readonly pattern: RegExp;
  readonly unit: Unit;
}

const length = (name: string, factor: number): Unit => ({ name, dimension: 'length', factor });
const gas = (name: string, factor: number): Unit => ({ name, dimension: 'gas volume', factor });
/** The unit of a share: per cent. */
export const PERCENT: Unit = { name: '%', dimension: 'share', factor: 1 };
const AIRCRAFT: Unit = { name: 'aircraft', dimension: 'count:aircraft', factor: 1 };

// The forms, tried in order at the start of the text after a number (longest first where they share a start).
const FORMS: readonly UnitForm[] = [
  { pattern: /^\s*(?:-\s*)?(?:billion|bn)\s+cubic\s+met(?:re|er)s?\b/i, unit: gas('bcm', 1) },
  {
    pattern: /^\s*(?:-\s*)?(?:million)\s+cubic\s+met(?:re|er)s?\b/i,
    unit: gas('million cubic metres', 0.001),
  },
  {
    pattern: /^\s*(?:-\s*)?(?:billion|bn)\s+cubic\s+f(?:ee|oo)t\b/i,
    unit: gas('billion cubic feet', 0.0283168),
  },
  { pattern: /^\s*(?:bcm|bcma)\b/i, unit: gas('bcm', 1) },
  { pattern: /^\s*(?:bcf)\b/i, unit: gas('billion cubic feet', 0.0283168) },
  { pattern: /^\s*(?:-\s*)?(?:km|kms|kilomet(?:re|er)s?)\b/i, unit: length('km', 1) },
  { pattern: /^\s*(?:-\s*)?(?:miles?|mi)\b/i, unit: length('miles', 1.609344) },
  { pattern: /^\s*(?:-\s*)?(?:met(?:re|er)s?|m)\b(?!\s+cubic)/i, unit: length('metres', 0.001) },
  { pattern: /^\s*(?:%|per\s?cent\b|pc\b|percentage\s+points?\b)/i, unit: PERCENT },
  { pattern: /^\s*(?:aircrafts?|planes?|jets?|fighters?|trainers?|warplanes?)\b/i, unit: AIRCRAFT },
];

/** The unit written right after a number ("km", " per cent", " billion cubic metres"), and how long it is. */
export function readUnit(after: string): { unit: Unit; length: number } | undefined {
  for (const { pattern, unit } of FORMS) {
    const match = pattern.exec(after);
    if (match) return { unit, length: match[0].length };
  }
  return undefined;
}

/** The unit of a dataset figure ("km", "bcm per annum", "%", "aircraft"); other words are things counted. */
export function unitOf(name: string): Unit {
  return (
    readUnit(name)?.unit ?? {
      name,
      dimension: `count:${name.toLowerCase().split(/\s+/)[0] ?? ''}`,
      factor: 1,
    }
  );
}

/** Whether two units measure the same thing (so one can be converted into the other). */
export function sameDimension(a: Unit, b: Unit): boolean {
  return a.dimension === b.dimension;
}

/** A value in unit from, expressed in unit to (of the same dimension). */
export function convert(value: number, from: Unit, to: Unit): number {
  return (value * from.factor) / to.factor;
}
