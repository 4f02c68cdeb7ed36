import { describe, expect, it } from 'vitest';
import { annotateEntities } from '../../../src/annotate/names/index.js';
import { articleOf, articlePassages } from '../../support/annotate.js';

/**
 * `name-like-seen-once` (src/annotate/names/nameLikeSeenOnce.ts): a name written once with no evidence of its kind is
 * kept when the word-case table says prose writes its words as a name's. Real sentences of the unlabelled timeline
 * articles and of the readable splits; negative rows: capitalised common words, places, people's plurals, a sentence's
 * verb, a rare word alone.
 */
const keptByRule = (text: string) =>
  annotateEntities([articleOf('a', '2020-01-01')], articlePassages([[text]]))
    .filter((e) => e.rules?.includes('name-like-seen-once'))
    .map((e) => e.name);

describe('the entity rule name-like-seen-once', () => {
  it.each([
    ['Bush, Blair, Berlusconi, Chirac and Schröder all rushed to embrace the former KGB colonel.', 'Schröder'],
    ['Mayim Bialik, The Big Bang Theory; Jane Lynch, Glee.', 'Mayim Bialik'],
    ['At Saint John, Sydney’s Ryan Sparling scored twice as the Sea Dogs knocked off the Lewiston Maineiacs 6-4.', 'Lewiston Maineiacs'],
    ['The teams were tied after Jo-Wilfried Tsonga cruised past Uchiyama 6-2, 6-1 and Yoshihito Nishioka defeated Gael Monfils 7-5, 6-2.', 'Gael Monfils'],
    ['So she took on more work, delivering food for DoorDash and Uber Eats.', 'DoorDash'],
    ['Bush, Blair, Berlusconi, Chirac and Schröder all rushed to embrace the former KGB colonel.', 'Chirac'],
  ] as const)('%j keeps %s', (text, name) => {
    expect(keptByRule(text)).toContain(name);
  });

  it.each([
    // capitalised common words: compromise's lexicon knows neither "genocide" nor "weapons" nor "policy", the table does
    ['The Genocide Convention was signed in 1948.', 'Genocide Convention'],
    ['Read our Privacy Policy before you sign up.', 'Privacy Policy'],
    ['Talks on Nuclear Weapons resumed.', 'Nuclear Weapons'],
    // a sentence's verb or adverb capitalised by its place, a word too rare to say alone
    ['Decluttering is the new fashion, he wrote.', 'Decluttering'],
    ['Conversely, the bank lost money.', 'Conversely'],
    ['The firm is run by Ruptly staff.', 'Ruptly'],
    // a place ("in Albany" a third of its uses), a people's plural
    ['The rally moved on to Albany after noon.', 'Albany'],
    ['Latinos make up a third of the town.', 'Latinos'],
    // a single letter, a word left with a mis-decoded apostrophe's byte
    ['Then came Plan B and the rest.', 'B'],
    ['Brazilâ€™s congress met again.', 'Brazilâ'],
  ] as const)('%j leaves out %s', (text, name) => {
    expect(keptByRule(text)).not.toContain(name);
  });
});
