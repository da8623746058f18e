/** A number as a writer quotes it: thousands grouped, decimals kept ("1,735", "2.5"). */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 20 });
}
