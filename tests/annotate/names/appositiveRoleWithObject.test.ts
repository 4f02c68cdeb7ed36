import { describe, expect, it } from 'vitest';
import { en } from '../../../src/annotate/names/locales/en/index.js';
import { findNameMentionsWith } from '../../../src/annotate/names/locales/en/mentions.js';
import { sentence } from '../../support/annotate.js';

/** The appositive rules of branch roles15, read through the role-head table (src/annotate/names/locales/en/roleHeads/), on real sentences (copula-role's table: roles15.tables.ts). */
const roles = (text: string) => findNameMentionsWith(en, sentence(text)).map((m) => `${m.text}${m.roles.map((r) => ` {${r}}`).join('')}`);

describe('the name rule appositive-role-with-object (development pages and the readable splits)', () => {
  it.each([
    [
      '"We won\'t engage these demagogues," declared Dan Proft, a spokesman for School District 201.',
      ['Dan Proft {spokesman for School District 201}', 'School District 201'],
    ],
    [
      '"There were a few scuffles, but for the most part it was an extremely peaceful event," said Chris Sims, a spokesman for the sheriff\'s office.',
      ["Chris Sims {spokesman for the sheriff's office}"],
    ],
    [
      'Coalition of Black Trade Unionists such as Brenda Stokely, president of AFSCME District Council 1707 in New York.',
      ['Coalition of Black Trade', 'Brenda Stokely {president of AFSCME District Council 1707 in New York}', 'AFSCME District Council'],
    ],
    // role-head-opens-appositive: a head noun the lexicon files as an adjective only ("chief") opens the appositive
    [
      'Qi Zhengjun, chief of the urban administration bureau in the city of Tianmen, is among more than 100 people under police investigation.',
      ['Qi Zhengjun {chief of the urban administration bureau in the city of Tianmen}', 'Tianmen'],
    ],
    // negative: a possessive before the preposition stays the owner rules' ("the Trump campaign's director"); a head noun of no role
    ['"We will win," said James Blair, the Trump campaign\'s political director.', ['James Blair', 'Trump']],
    // negative: a relative pronoun in the words after the head opens a clause (a pattern read among the unlabelled articles' firings)
    [
      'Four commanders were also killed in the attack, said Farid Ahmad, chief of staff for the provincial governor who, like many officials, uses one name.',
      ['Farid Ahmad {chief of staff}'],
    ],
    ['The company was sold to Walter Reed, a firm of the kind that buys up old plants across the region.', ['Walter Reed {firm}']],
  ] as const)('%j', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});
