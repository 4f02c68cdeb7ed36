/** How counts and ranges of people are worded, the same in the terminal and in Discord. */

const number = new Intl.NumberFormat('en-US');

export function formatNumber(n: number): string {
  return number.format(n);
}

/** One claim's figure: "500,000", "250,000–500,000", "2,500,000 or more", "up to 300". */
export function formatCount(low: number, high: number | null, dash = '–'): string {
  if (high === null) return `${number.format(low)} or more`;
  if (low === 0) return `up to ${number.format(high)}`;
  return low === high ? number.format(low) : `${number.format(low)}${dash}${number.format(high)}`;
}

interface RangeOfClaims {
  low: number;
  high: number | null;
  claims: { low: number; high: number | null }[];
}

/**
 * The span of a gathering's estimates: from its lowest figure to its highest;
 * `open` when the highest gives no upper bound ("more than 2.5 million"), and
 * then `top` is that figure as written.
 */
export function spanOf(e: RangeOfClaims): { low: number; top: number; open: boolean } {
  if (e.high !== null) return { low: e.low, top: e.high, open: false };
  return { low: e.low, top: Math.max(e.low, ...e.claims.filter((c) => c.high === null).map((c) => c.low)), open: true };
}

/** "2,000 to more than 2,500,000", "1,000,000 or more", "200 to 500", "up to 300". */
export function formatSpan(e: RangeOfClaims, dash = '–'): string {
  const { low, top, open } = spanOf(e);
  if (!open) return formatCount(low, top, dash);
  return top > low ? `${number.format(low)} to more than ${number.format(top)}` : `${number.format(low)} or more`;
}

/** Who reported a figure no one else is named for: "CGTN's own reporting", "Harbour Times' own reporting". */
export function ownReporting(publisher: string | null): string {
  if (!publisher) return "the article's own reporting";
  return `${publisher}${/s$/i.test(publisher) ? "'" : "'s"} own reporting`;
}
