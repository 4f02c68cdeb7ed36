import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/annotate/dates/index.js';
import { inCapitals, sentenceCase } from '../../../src/annotate/dates/locales/en/capitals.js';

// written-in-capitals: a broadcast transcript of Tuesday 5 December 2023 (WDSU's forecast), read as ordinary text.
const TUE = '2023-12-05';
const found = (text: string, published: string | null) => findDates(text, published).map((d) => `${d.text}=${d.date}`);

describe('a sentence written in capitals (written-in-capitals)', () => {
  it.each([
    ['SO LOW TEMPERATURES TODAY STARTED JUST AS I FELT IT WOULD IN THE UPPER 30S.', ['TODAY=2023-12-05']],
    ['PLENTY OF SUN TOMORROW HERE, BUT THE WINDS STILL FROM THE NORTH.', ['TOMORROW=2023-12-06']],
    ['THEN WE’LL CONTINUE TO WARM INTO FRIDAY AND SATURDAY IN THE SECOND FRONT.', ['FRIDAY=2023-12-08', 'SATURDAY=2023-12-09']],
    ['PROTESTERS MARCHED ON MARCH 3 IN THE CAPITAL.', ['MARCH 3=2023-03-03']],
  ])('%j is read as in small letters: %j', (text, expected) => {
    expect(found(text, TUE)).toEqual(expected);
  });
  it.each([
    // negative: "MAY" and "MARCH" with no day's figures are the verb and the noun; a title in a sentence of small letters stays a title
    ['THE PROTESTERS MAY MARCH AGAIN AT THE CAPITOL.', []],
    ['The anchor told USA Today about it on the show.', []],
    // negative: a weekday the transcript tells as ahead is still ahead, one told as done still behind
    ['THE MAIN EVENT WILL BE SATURDAY NIGHT.', ['SATURDAY=2023-12-09']],
    ['THE FRONT CAME THROUGH ON SUNDAY.', ['SUNDAY=2023-12-03']],
  ])('%j: %j', (text, expected) => {
    expect(found(text, TUE)).toEqual(expected);
  });
  it('is a sentence with enough capitals and almost no small letters; its small-letter reading keeps every offset', () => {
    expect(inCapitals('TEMPERATURES DOWN A BIT TODAY.')).toBe(true);
    expect(inCapitals('NATO and the EU met on Monday.')).toBe(false);
    expect(inCapitals('OK.')).toBe(false);
    const text = 'AS WE GET INTO THURSDAY MORNING, ON MAY 5 OR 6 MAY.';
    expect(sentenceCase(text)).toBe('as we get into Thursday morning, on May 5 or 6 May.');
    expect(sentenceCase('İSTANBUL')).toHaveLength('İSTANBUL'.length);
  });
});
