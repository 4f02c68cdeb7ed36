import { describe, expect, it } from 'vitest';
import { findNameMentions } from '../../../src/annotate/names/index.js';
import { loadCorpus } from '../../../src/pipeline/loadCorpus.js';
import { writeCorpus } from '../../support/corpus.js';
import { sentence } from '../../support/annotate.js';

const mentions = (text: string) => findNameMentions(sentence(text, { id: 'x#0', articleId: 'x' })).map((m) => m.text);

const MARCH = `---
title: More than a million march in France against pension reform
publisher: Seine Dispatch
published: 2023-01-20
---
The hard-left CGT union said more than 2 million took part nationwide. Unions called a second day of action for January 31.

Prime Minister Élisabeth Borne said the reform was "not negotiable".
`;

const STRIKES = `---
title: Second day of pension strikes draws bigger crowds
publisher: Seine Dispatch
published: 2023-02-01
---
Unions said 2.8 million people joined Tuesday's protests across France. Teachers walked out and Doctors joined them.

Laurent Berger, head of the moderate CFDT union, said the government must listen.
`;

describe('plural common nouns opening a sentence', () => {
  it('list no "Unions" from "Unions said" and "Unions called", and keep the acronyms and the people with their roles', async () => {
    const { corpus } = await loadCorpus(writeCorpus({ 'a.md': MARCH, 'b.md': STRIKES }), { snapshot: false });
    const entities = corpus.annotations.entities;
    expect(entities.map((e) => [e.name, e.kind]).sort()).toEqual([
      ['CFDT', 'organization'],
      ['CGT', 'organization'],
      ['Laurent Berger', 'person'],
      ['Élisabeth Borne', 'person'],
    ]);
    const roles = (name: string) => entities.find((e) => e.name === name)!.roles.map((r) => r.text);
    expect(roles('Élisabeth Borne')).toEqual(['Prime Minister']);
    expect(roles('Laurent Berger')).toEqual(['head of the moderate CFDT union']);
  });

  it('read the plural of an institution or place word the lexicon lacks as a common noun at a sentence start', () => {
    expect(mentions('Unions said 2.8 million people joined. Federations met. Ministries said no. Villages emptied.')).toEqual([]);
    // the singular alone opening a sentence is no name either, and the plural inside a longer name stays in it
    expect(mentions('Union leaders met. The Trades Unions Congress said it would strike.')).toEqual(['Trades Unions Congress']);
    // "Doctors" in mid-sentence stays a mention: a lone capitalised plural there may be a party or a team ("Republicans", "Saints")
    expect(mentions('Teachers walked out and Doctors joined them.')).toEqual(['Doctors']);
  });
});

describe('agent nouns, adherents and contractions', () => {
  it('read the plural of an agent noun whose base is a known word, or of "-ators" and "-ists", as no name at a sentence start', () => {
    expect(mentions('Speakers included Katia Lemos. Demonstrators came to the jail. Strikers left.')).toEqual(['Katia Lemos']);
    // a word the lexicon knows as a surname, or whose base is no word ("reut"), stays a name
    expect(mentions('Reuters reported the attack. Sanders said no. Peters said no.')).toEqual(['Reuters', 'Sanders', 'Peters']);
  });

  it('read adherents of a creed ("Islamists") as no name anywhere, and a party the lexicon knows by its plural stays', () => {
    expect(mentions('He warned Tunisian Islamists and the political Islamists.')).toEqual([]);
    expect(mentions('He met the Socialists and Republicans.')).toEqual(['Socialists', 'Republicans']);
  });

  it("read a pronoun's contraction as the pronoun, and a name with an apostrophe stays", () => {
    expect(mentions("“I’m sure,” Jesse said. We're done, They’ll say.")).toEqual(['Jesse']);
    expect(mentions("Conan O'Brien said no.")).toEqual(["Conan O'Brien"]);
  });

  it('ask the lexicon about a name written with diacritics as it spells it without them', () => {
    expect(mentions('A protest in São Paulo on Thursday.')).toEqual([]);
    expect(mentions('José Martínez said no.')).toEqual(['José Martínez']);
  });
});
