const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A YYYY-MM-DD date at the precision it is known: "31 December 2019", "week of 23 December 2019", "December 2019", "2019". */
export function formatPeriod(date: string, precision: string = 'day'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const [year, month, day] = [m[1]!, MONTHS[Number(m[2]) - 1] ?? m[2]!, String(Number(m[3]))];
  if (precision === 'year') return year;
  if (precision === 'month') return `${month} ${year}`;
  if (precision === 'week') return `week of ${day} ${month} ${year}`;
  return `${day} ${month} ${year}`;
}
