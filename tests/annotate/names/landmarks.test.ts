import { describe, expect, it } from 'vitest';
import { findNameMentions } from '../../../src/annotate/names/index.js';
import { loadCorpus } from '../../../src/pipeline/loadCorpus.js';
import { writeCorpus } from '../../support/corpus.js';
import { sentence } from '../../support/annotate.js';

const mentions = (text: string) => findNameMentions(sentence(text, { id: 'x#0', articleId: 'x' })).map((m) => [m.text, m.roles]);

const ANNIVERSARY = `---
title: Thousands mark anniversary of March on Washington
publisher: Beltway Bulletin
published: 2013-08-29
---
Tens of thousands of people gathered at the Lincoln Memorial on Wednesday to mark 50 years since the Rev. Martin Luther King Jr. delivered his "I Have a Dream" speech there on Aug. 28, 1963.

President Barack Obama spoke from the same steps. Rep. John Lewis, D-Ga., the last living speaker from the 1963 march, told the crowd: "We cannot give up now."

The National Park Service stopped giving crowd estimates in 1997. Crowds later filled the Washington Monument grounds and St. Patrick's Cathedral held a service.

Sen. Bernie Sanders (I-Vt.) and the Rev. Al Sharpton also attended.
`;

describe('names of buildings and monuments', () => {
  it('read a memorial, a monument and a saint\'s cathedral as places, and keep "Jr." and an appositive after a party tag', async () => {
    const { corpus } = await loadCorpus(writeCorpus({ 'a.md': ANNIVERSARY }), { snapshot: false });
    const entities = corpus.annotations.entities;
    expect(entities.map((e) => [e.name, e.kind]).sort()).toEqual([
      ['Al Sharpton', 'person'],
      ['Barack Obama', 'person'],
      ['Bernie Sanders', 'person'],
      ['John Lewis', 'person'],
      ['Martin Luther King Jr.', 'person'],
      ['National Park Service', 'organization'],
    ]);
    const roles = (name: string) => entities.find((e) => e.name === name)!.roles.map((r) => r.text);
    expect(roles('John Lewis')).toEqual(['Rep.', 'last living speaker from the 1963 march']);
    expect(roles('Martin Luther King Jr.')).toEqual(['Rev.']);
  });

  it('keep a museum and a church with nothing saying building as institutions, and a possessive outside "St." as its owner\'s', () => {
    expect(mentions('The British Museum said it would lend the statue, and the Catholic Church and the Church of England objected.')).toEqual([
      ['British Museum', []],
      ['Catholic Church', []],
      ['Church of England', []],
    ]);
    // a saint's church, a mosque, an abbey and a palace are places: no mention survives as a name of its own
    // ("Worshippers", an agent noun's plural, names no one either)
    expect(mentions("Worshippers filled St. Paul's Church, Westminster Abbey and the Al-Aqsa Mosque near Buckingham Palace.").map(([t]) => t)).toEqual([
      'Westminster Abbey',
      'Al-Aqsa Mosque',
      'Buckingham Palace',
    ]);
    // "Obama's Tower" keeps Obama; "St." opens a place ("St. Louis"), but after a name it is a street's and its dot ends the sentence
    expect(mentions("Obama's Tower rose in St. Louis. The parade ended on Main St. Police said 300 came.").map(([t]) => t)).toEqual(['Obama', 'Tower']);
    expect(mentions('Crowds honoured Martin Luther King Jr. The speech was replayed.')).toEqual([['Martin Luther King Jr.', []]]);
  });

  it('read the Capitol as a building, and the body named after it as a body', () => {
    const weights = (text: string) =>
      findNameMentions(sentence(text, { id: 'x#0', articleId: 'x' })).map((m) => `${m.text} ${m.place > m.org + m.person ? 'place' : 'name'}`);
    expect(weights('More than 200 gathered on the steps of the Capitol, flying flags.')).toEqual(['Capitol place']);
    expect(weights('The Texas State Capitol was closed.')).toEqual(['Texas State Capitol place']);
    // negative: an institution word after it
    expect(weights('The Capitol Police said 30 were arrested.')).toEqual(['Capitol Police name']);
  });
});
