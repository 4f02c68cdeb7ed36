/**
 * The dateline a report opens with: "VALDORA, Aug. 14 —", "Jan. 24 (UPI) --",
 * "BAGHDAD (AP) —", "BAGHDAD, Jan 24 (Reuters) -", "WASHINGTON —". It says
 * where and when the report was filed, not what happened or who took part, so
 * the extractors read past it: its date is no happening, its place no name.
 */
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATE = `${MONTH}\\.? \\d{1,2}(?:, \\d{4})?`;
/** A place in capitals: "BAGHDAD", "NEW YORK", "SÃO PAULO", "D.C.". */
const PLACE = "\\p{Lu}[\\p{Lu}\\p{M}'’. -]*\\p{Lu}\\.?";
/** "Calif.", "Md.", "D.C.": a state or region after the place. */
const REGION = `(?:${PLACE}|\\p{Lu}\\p{Ll}{1,5}\\.)`;
const AGENCY = '\\([^()\\n]{2,40}\\)';
const DASH = '\\s*[-–—]{1,2}\\s+';
/**
 * Before a date or an agency, the state or country may be written out ("HOUSTON, Texas (KTRK) --"), and a report
 * filed from two places names both ("SURABAYA, Indonesia/JAKARTA (Reuters) -").
 */
const WRITTEN_REGION = `(?:${REGION}|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2})`;
const FILED_FROM = `${PLACE}(?:, ${WRITTEN_REGION})?(?:/${PLACE}(?:, ${WRITTEN_REGION})?)?`;

/** With a date or an agency the place may be short ("ROME, Jan. 2 —"); the wire form has no place. */
const DATED = new RegExp(`^(?:${FILED_FROM}(?:, ${DATE}(?: ${AGENCY})?| ${AGENCY})|${DATE} ${AGENCY})${DASH}`, 'u');
/**
 * A news agency's own dateline, a place in title case, the day and the agency, with no dash before the report
 * ("Taipei, Nov. 17 (CNA) The Ministry …"): the date and the agency together make it a dateline.
 */
const AGENCY_DATED = new RegExp(`^\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}, ${DATE} ${AGENCY}(?:${DASH}|\\s+(?=\\p{Lu}))`, 'u');
/** A date with its year and a double dash, as some health and wire pages open: "Feb. 23, 2015 -- ". */
const DATE_DASH = new RegExp(`^${MONTH}\\.? \\d{1,2}, \\d{4}\\s?(?:--|—)\\s+(?=\\p{Lu})`, 'u');
const PLACE_ALONE = new RegExp(`^(${PLACE})(?:, ${REGION})?${DASH}`, 'u');
/**
 * A dash glued to the first word (`dateline-glued-dash`): some weeklies write "MADISON, Wis.--Approximately",
 * "SAN FRANCISCO--More", and after a state written out a single hyphen ("AUSTIN, Texas-George W. Bush returned").
 * Without it the place reads as a person ("Madison") and the state glues onto the name ("Texas-George").
 */
const PLACE_GLUED = new RegExp(`^(${PLACE})(?:(?:, ${REGION})?(?:--|—)|, (?:${REGION}|\\p{Lu}\\p{Ll}+)-)(?=\\p{Lu}\\p{Ll})`, 'u');

/** The length of the dateline at the start of `text`, 0 when there is none. */
export function datelineLength(text: string): number {
  const dated = DATED.exec(text) ?? DATE_DASH.exec(text) ?? AGENCY_DATED.exec(text);
  if (dated) return dated[0].length;
  // A place alone needs five capitals or more, so an acronym opening a sentence ("NATO —") is not one.
  const alone = PLACE_ALONE.exec(text);
  return alone && (alone[1]!.match(/\p{Lu}/gu) ?? []).length >= 5 ? alone[0].length : 0;
}

/**
 * The dateline at the start of `text` with a dash glued to the first word as well ("MADISON, Wis.--Approximately",
 * "AUSTIN, Texas-George W. Bush"), for the names extractor alone: the passages keep such a dateline in their text,
 * where the crowd extractor reads a round-up's sections by it.
 */
export function datelineLengthGlued(text: string): number {
  const plain = datelineLength(text);
  if (plain) return plain;
  const glued = PLACE_GLUED.exec(text);
  return glued && (glued[1]!.match(/\p{Lu}/gu) ?? []).length >= 5 ? glued[0].length : 0;
}
