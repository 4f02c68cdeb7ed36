import { describe, expect, it } from 'vitest';
import { countRoleHeadsIn } from '../../../../src/annotate/names/locales/en/roleHeads/count.js';
import { isRoleHead, roleHeadCountsOf, roleHeadTable } from '../../../../src/annotate/names/locales/en/roleHeads/table.js';
import ROLE_HEAD_LINES from '../../../../src/annotate/names/locales/en/roleHeads/roleHeads.json' with { type: 'json' };

/** The role-head table (src/annotate/names/locales/en/roleHeads/): how it is counted, read, and what the shipped table says. */
describe("counting where words stand as a person's role", () => {
  it('counts a word right before a full name and heading an appositive after one, and every lower-case use', () => {
    const counts = countRoleHeadsIn([
      // Socialist Worker development pages
      '"B]ut they left all the little Noriegas in place," said Miguel Bernal, a professor of international law at the University of Panama.',
      '"This pressure feels so familiar," said Alex Roland, a professor at Duke University and a former NASA historian.',
      '"We won\'t engage these demagogues," declared Dan Proft, a spokesman for School District 201.',
    ]);
    expect(counts.get('professor')).toEqual({ before: 0, apposed: 2, lower: 2 });
    expect(counts.get('spokesman')).toEqual({ before: 0, apposed: 1, lower: 1 });
    expect(counts.get('declared')).toEqual({ before: 1, apposed: 0, lower: 1 });
    expect(counts.get('pressure')).toEqual({ before: 0, apposed: 0, lower: 1 });
  });

  it("counts no role where no person's full name stands, nor a clause after the comma", () => {
    const counts = countRoleHeadsIn([
      'The strike was called by the union, and the workers walked out of the plant on Monday morning.',
      "The report said Robert Fisk, who was the paper's reporter, had been in the city for a week.",
    ]);
    expect(counts.get('union')?.apposed ?? 0).toBe(0);
    expect(counts.get('reporter')?.apposed ?? 0).toBe(0);
    // "said Robert Fisk": the verb before a name is counted there too; the reader's guard is the table's (isRoleHead)
    expect(counts.get('said')).toEqual({ before: 1, apposed: 0, lower: 1 });
  });

  it('writes the table sorted, one word a line, with both places seen', () => {
    const counts = new Map([
      ['spokesman', { before: 3, apposed: 2, lower: 40 }],
      ['said', { before: 9, apposed: 0, lower: 90 }],
      ['aide', { before: 2, apposed: 1, lower: 12 }],
    ]);
    expect(roleHeadTable(counts)).toBe('[\n  "aide 2 1 12",\n  "spokesman 3 2 40"\n]\n');
  });
});

describe('the shipped role-head table', () => {
  it('is sorted and in its form', () => {
    const lines = ROLE_HEAD_LINES as string[];
    expect(lines.length).toBeGreaterThan(100);
    expect([...lines].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(lines);
    for (const line of lines) expect(line).toMatch(/^\S+ \d+ \d+ \d+$/);
  });

  it.each([
    ['spokesman', true],
    ['organizer', true],
    ['mother', true],
    ['professor', true],
    ['member', true],
    // negative: a verb's past form before names, a word seen in a role's places in too small a share of its uses, a judgement
    ['said', false],
    ['man', false],
    ['hero', false],
    ['year', false],
  ] as const)('reads %s as a role head: %s', (word, expected) => {
    expect(isRoleHead(word)).toBe(expected);
  });

  it('counts "said" before names far more than after them', () => {
    const said = roleHeadCountsOf('said')!;
    expect(said.before).toBeGreaterThan(100 * said.apposed);
  });
});
