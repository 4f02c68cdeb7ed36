import { describe, expect, it } from 'vitest';
import { annotateEntities } from '../../../src/annotate/names/index.js';
import { afterKnownKinds, listedEntities } from '../../../src/annotate/names/listing.js';
import { articleOf, articlePassages } from '../../support/annotate.js';

/** The entity named `name` in an article of the given sentences (one paragraph each), as the names pass builds it. */
function entityIn(sentences: readonly string[], name: string) {
  const entities = annotateEntities([articleOf('a', '2008-01-15')], articlePassages(sentences.map((s) => [s])));
  const found = entities.find((e) => e.name === name);
  if (!found) throw new Error(`no entity ${name} in ${entities.map((e) => e.name).join(', ')}`);
  return found;
}

/** Sentences of the development pools and the readable splits, and whether the name is listed after the names of known kind. */
describe('the listing rule weak-body-last', () => {
  it.each([
    // a common noun's acronym, read only from its capitals
    [
      [
        'Researchers are warning of a new Android ransomware being spread via links in online forums and SMS messages.',
        'In addition to online forums, researchers found the malicious links being spread via SMS messages.',
      ],
      'SMS',
      true,
    ],
    [
      ['To be considered for the award, she had to have a minimum high school GPA of 3.25 or above.', 'The renewal requirements are a cumulative GPA of 2.75.'],
      'GPA',
      true,
    ],
    [
      ['X-rays taken during the game were negative, but Bynum is scheduled to undergo an MRI this morning.', 'The results of the MRI are due today.'],
      'MRI',
      true,
    ],
    [
      ['All blood donations are screened for HIV, the virus that causes AIDS, and hepatitis B and C.', 'The ban dates from the height of the AIDS crisis.'],
      'AIDS',
      true,
    ],
    // a product, a place, an adjective with "the" before it
    [
      [
        'Researchers are warning of a new Android ransomware being spread via links in online forums and SMS messages.',
        'The Android ransomware, dubbed Android/Filecoder.C, has been active since at least July 12.',
      ],
      'Android',
      true,
    ],
    [['So far the focus of the search has been the Java Sea.', 'The Java Sea is less than 100 metres deep there.'], 'Java Sea', true],
    [
      [
        'China on Tuesday significantly modified its position on the Kashmir dispute by omitting its recent references to the UN charter.',
        '"We call on India and Pakistan to engage in dialogue and consultation on all issues, including the Kashmir issue."',
      ],
      'Kashmir',
      true,
    ],
    [
      [
        'On Sunday, across an open stretch of grass as wide as two football fields, Confederate re-enactors gathered in orderly lines and marched on federal counterparts.',
        'The Connecticut group contacted the Confederate re-enactors portraying the Tennessee soldiers to play out the scene again.',
      ],
      'Confederate',
      true,
    ],
    // a town the lexicon knows as a given name, before its state
    [
      [
        'Peace demonstrations in Washington, D.C., and Madison, Wis., drew 1,500 and 500, respectively.',
        'MADISON, Wis.--Approximately 20 activists from Stop the War at the University of Wisconsin (UW) at Madison organized a protest against Navy recruiters.',
      ],
      'Madison',
      true,
    ],
    // negative: a body with evidence of its own, a team's or a union's plural, an acronym with a small letter, a full name
    [['NATO said the talks would go on.', 'NATO troops stayed in the south.'], 'NATO', false],
    [['Amnesty International called for an inquiry.', 'The report was sent to Amnesty International.'], 'Amnesty International', false],
    [['Earlier in the day the Teamsters voted to strike.', 'The Teamsters have 1.4 million members.'], 'Teamsters', false],
    [['Students from MeCHA organized the walkout.', 'MeCHA has chapters across the state.'], 'MeCHA', false],
    [['The death of Eric Garner led to protests.', 'Eric Garner died in July 2014.'], 'Eric Garner', false],
    [['Josh Earnest, the White House press secretary, said the talks went well.', 'Earnest declined to comment.'], 'Josh Earnest', false],
    [['"Perry" chimed in with an answer.', 'Next to "Perry" stood his friend.'], 'Perry', false],
  ] as const)('%j: %s listed after the names of known kind: %s', (sentences, name, weak) => {
    expect(afterKnownKinds(entityIn(sentences, name))).toBe(weak);
  });

  it('lists a weakly read body after the names of known kind, however many articles name it', () => {
    const weak = entityIn(['The renewal requirements are a cumulative GPA of 2.75.', 'Her GPA was 3.1.'], 'GPA');
    const body = entityIn(['Amnesty International called for an inquiry.'], 'Amnesty International');
    const wide = { ...weak, articles: ['a', 'b', 'c'] };
    expect(listedEntities([wide, body]).map((e) => e.name)).toEqual(['Amnesty International', 'GPA']);
  });
});
