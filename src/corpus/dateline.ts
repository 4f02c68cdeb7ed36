import { futureDate, systemClock, type Clock } from './clock.js';
import { isoFromParts } from './isoDate.js';

/**
 * What an article without front matter says about itself near its top: the
 * publication date from a dateline, and the publisher where the text names it.
 */
export interface Dateline {
  published: string | null;
  publisher: string | null;
  /**
   * A dateline date after tomorrow (UTC), which cannot be a publication
   * date yet; set only when no other dateline gives one (published is then null).
   */
  future?: string;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH_WORD = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase().slice(0, word.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0;
}

/** Only the top of the file carries a dateline; later dates are reporting. */
const HEAD_LINES = 12;

// Each form gives a full date. Checked line by line, in this order.
const FULL_DATE_FORMS: Array<{ re: RegExp; toIso: (m: RegExpExecArray) => string | null }> = [
  // "date 2020-01-24", "Published: 2020-01-24", a bare ISO date
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, toIso: (m) => isoFromParts(+m[1]!, +m[2]!, +m[3]!) },
  // "Updated 22:10, 31-Dec-2019", "31 December 2019"
  {
    re: new RegExp(`\\b(\\d{1,2})[- ]${MONTH_WORD}\\.?[- ](\\d{4})\\b`, 'i'),
    toIso: (m) => isoFromParts(+m[3]!, monthNumber(m[2]!), +m[1]!),
  },
  // "HeadlineJan 02, 2020", "December 31, 2019", "Jan. 2, 2020"
  {
    re: new RegExp(`${MONTH_WORD}\\.? (\\d{1,2}),? (\\d{4})\\b`, 'i'),
    toIso: (m) => isoFromParts(+m[3]!, monthNumber(m[1]!), +m[2]!),
  },
];

// "Jan. 24 (UPI) --", "BAGHDAD, Jan 24 (Reuters) -": a wire dateline, no year.
const WIRE_DATELINE = new RegExp(`^[^\\n]{0,40}?\\b${MONTH_WORD}\\.? (\\d{1,2}) \\(([^)]{2,40})\\) ?[-–—]`, 'i');
const HOMEPAGE_PITCH = /\bVisit ([A-Z][\w.&' -]{1,60}?)['’]s homepage\b/;

export function readDateline(body: string, clock: Clock = systemClock): Dateline {
  const lines = body.split(/\r?\n/).slice(0, HEAD_LINES);
  const now = clock();
  let published: string | null = null;
  let publisher: string | null = null;
  let future: string | undefined;

  for (const line of lines) {
    const wire = WIRE_DATELINE.exec(line);
    if (wire) {
      publisher ??= wire[3]!.trim();
      if (!published) {
        // The wire form has no year: take it from the first full date in the
        // text at or after that month and day, the only year a reader could infer.
        published = yearFromText(body, monthNumber(wire[1]!), +wire[2]!, now);
      }
      continue;
    }
    if (published) continue;
    // A full date counts as a dateline only on a short, metadata-like line or at the very start.
    for (const form of FULL_DATE_FORMS) {
      const m = form.re.exec(line);
      if (m && (line.trim().length <= 60 || m.index <= 20)) {
        const iso = form.toIso(m);
        // A day after tomorrow is not when this was published; a later line may still say.
        if (iso && futureDate(iso, now)) future ??= iso;
        else published = iso;
        if (published) break;
      }
    }
  }
  publisher ??= HOMEPAGE_PITCH.exec(body)?.[1]?.trim() ?? null;
  return published || !future ? { published, publisher } : { published, publisher, future };
}

/** The first month/day at or after a full date in the text that is not after tomorrow: the year a reader would infer. */
function yearFromText(body: string, month: number, day: number, now: Date): string | null {
  for (const form of FULL_DATE_FORMS) {
    const re = new RegExp(form.re.source, 'gi');
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const iso = form.toIso(m);
      if (!iso) continue;
      const year = Number(iso.slice(0, 4));
      // The dated mention precedes publication; publication is the next such month/day.
      const candidate = isoFromParts(year, month, day);
      const inferred = candidate && candidate >= iso ? candidate : isoFromParts(year + 1, month, day);
      // Inferred from a date the report mentions; one that would be in the future is not the year (a plan, a forecast).
      if (inferred && !futureDate(inferred, now)) return inferred;
    }
  }
  return null;
}
