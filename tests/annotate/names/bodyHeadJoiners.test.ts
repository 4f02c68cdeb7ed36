import { describe, expect, it } from 'vitest';
import { findNameMentions } from '../../../src/annotate/names/index.js';
import { bodyHeadTopic, bodyPurpose, keepBodyHeadTopic } from '../../../src/annotate/names/locales/en/bodyHeadJoiners.js';
import { EN_MENTION_RULES, en } from '../../../src/annotate/names/locales/en/index.js';
import { sentence } from '../../support/annotate.js';

const names = (text: string) => findNameMentions(sentence(text, { id: 'x#0', articleId: 'x' })).map((m) => m.text);

/**
 * [sentence, the names found]: a body's name read on past "of"/"for" after a head the institution-head table lists
 * (`body-head-topic`), past "to" and a verb (`body-purpose`), and kept whole when a place ends it (`keep-body-head-topic`).
 * Sentences paraphrase the development pools' and the readable splits' (names of real bodies kept, people's changed).
 */
const ROWS: Array<[string, string[]]> = [
  ['Members of the Nation of Islam attended the rally.', ['Nation of Islam']],
  ['The measure passed the House of Representatives on Tuesday.', ['House of Representatives']],
  ['He is chairman of the Joint Chiefs of Staff.', ['Joint Chiefs of Staff']],
  ['The Campaign for Marriage Equality said it would appeal.', ['Campaign for Marriage Equality']],
  ['The Campaign to End the Death Penalty held a rally.', ['Campaign to End the Death Penalty']],
  ['The Committee to Protect Journalists said on Friday.', ['Committee to Protect Journalists']],
  ['The Global Fund to Fight AIDS gave money.', ['Global Fund to Fight AIDS']],
  ['He joined the Democratic Socialists of America in 1980.', ['Democratic Socialists of America']],
  ['The United Steelworkers of America said the strike would go on.', ['United Steelworkers of America']],
  ['She quoted the Press Trust of India.', ['Press Trust of India']],
  // "for the" after an institution word, as "of the" (institution-of-the)
  ['He filed in the U.S. District Court for the Southern District of New York.', ['U.S. District Court for the Southern District of New York']],
  // negative: a person before "of" (a given name, a title), a role before a body, a list, a name after "to"
  ['Senator Ann Lee of Ohio said.', ['Ann Lee']],
  ['Paul Street of the Chicago Urban League spoke.', ['Paul Street', 'Chicago Urban League']],
  ['The president of the Bank of Canada spoke.', ['Bank of Canada']],
  ['Secretary of State Mike Pompeo said.', ['Mike Pompeo']],
  ['Ford and General Motors cut jobs.', ['Ford', 'General Motors']],
  ['Linotype Group to Commerzbank AG for 200 mln marks.', ['Linotype Group', 'Commerzbank AG']],
  // negative: a head the table does not list ("Ways"), a sentence's first word, a place's head with a place after it
  ['Readers sent Ways to Stop Abortion to the paper.', ['Ways', 'Stop Abortion']],
  ['Opponents of the Vietnam War marched.', ['Vietnam War']],
  ['It is the capital of the Federal Republic of Germany.', []],
];

describe('a body\'s name read on past "of", "for" and "to" after its head', () => {
  it.each(ROWS)('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('registers the rules where their families run', () => {
    expect(EN_MENTION_RULES).toEqual(expect.arrayContaining([bodyHeadTopic, bodyPurpose]));
    expect(en.spans).toContain(keepBodyHeadTopic);
    for (const rule of [bodyHeadTopic, bodyPurpose, keepBodyHeadTopic]) expect(rule.reason.length).toBeGreaterThan(40);
  });
});
