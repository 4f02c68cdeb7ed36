import { describe, expect, it } from 'vitest';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { sentence } from '../../../../support/annotate.js';

/**
 * Sizes read by gathering-noun-before (a plural gathering noun with a drawing verb, a meeting "of" a bare figure), by
 * beneficiaries (people "for" whom something is, unless placed at the gathering) and by list-by-place (a list opened by
 * a dash of two hyphens after a gathering noun). [sentence (real reporting), the claims' texts]
 */
const ROWS: Array<[string, string[]]> = [
  [
    'Calls for amnesty had gained real momentum, with immigrant rights demonstrations drawing tens of thousands in the early months of his presidency.',
    ['tens of thousands'],
  ],
  ['At the Bronx meeting of 200, Toussaint faced a hostile audience.', ['200']],
  ['In Chicago, he spoke at a meeting of 500.', ['500']],
  ['Minnesota only scored 44 points in second half while the Sonics shot 56.4 percent in a highlight show for the 14,038 in attendance.', ['14,038']],
  [
    'At the more than 100 stops that the buses will make, riders have been met by enthusiastic crowds of supporters--400 in Tucson, Ariz.; 250 in Reno, Nev.; 400 in Austin, Texas; 100 in Orlando, Fla.',
    ['400', '250', '400', '100'],
  ],
  // negative: "at" after a plural places it; a panel's members; people something is for
  ['As of mid-March, 63 universities were out on strike; strikes have been called at 180 high schools as well.', []],
  ['The forum heard a panel of three experts.', []],
  ['The union raised strike pay for 5,000 workers.', []],
  // negative: a dash after people, not a gathering, opens no list of crowds
  ['The workers--some 60,000 in the Communications Workers of America (CWA) and the rest in the IBEW--could walk out at any time.', []],
];

describe('sizes of plural gatherings, meetings, audiences and dash-opened lists', () => {
  it.each(ROWS)('%j', (text, expected) => {
    expect(findCrowdClaims(sentence(text)).map((c) => c.text)).toEqual(expected);
  });
});
