import { describe, expect, it } from 'vitest';
import { en } from '../../../src/annotate/names/locales/en/index.js';
import { findNameMentionsWith } from '../../../src/annotate/names/locales/en/mentions.js';
import { sentence } from '../../support/annotate.js';

const mentions = (text: string) =>
  findNameMentionsWith(en, sentence(text)).map(
    (m) => `${m.text} [${m.person > 0 ? 'person' : m.org > 0 ? 'org' : 'other'}]${m.roles.map((r) => ` ${r}`).join(';')}`,
  );

describe('the name rule modifier-opens-name', () => {
  it.each([
    // an ordinal or a demonym filed as a language opens the body's name, as "Iraqi" does
    ['Mourners gathered at the First Corinthian Baptist Church in Harlem.', ['First Corinthian Baptist Church [org]']],
    ['The Korean Confederation of Trade Unions called a strike.', ['Korean Confederation of Trade Unions [org]']],
    ['The French Foreign Ministry said no.', ['French Foreign Ministry [org]']],
    ['The Iraqi Foreign Ministry said no.', ['Iraqi Foreign Ministry [org]']],
    ['The Second Circuit Court of Appeals ruled.', ['Second Circuit Court of Appeals [org]']],
    // before a title it is part of the role, and the person's name begins after the title
    ['Korean President Kim Dae Jung said no.', ['Kim Dae Jung [person] Korean President']],
    ['First Lady Michelle Obama spoke.', ['Michelle Obama [person] First Lady']],
    // before a person's name, a place's demonym or a number it opens nothing
    ['The North Korean Kim Jong Un arrived.', ['Kim Jong Un [person]']],
    ['He spoke French Monday.', []],
    ['She was the First American to win it.', []],
    // a title and a language alone name no one
    ['The German Chancellor said no.', []],
    ['First, Obama spoke.', ['Obama [person]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule acronym-in-role', () => {
  it.each([
    // the acronym stays in the role and is the body the role belongs to
    ['SEIU spokesman Mark Jones said the union would strike.', ['SEIU [org]', 'Mark Jones [person] SEIU spokesman']],
    ['PMF commanders Abu Ali and Hadi Amiri spoke.', ['PMF [org]', 'Abu Ali [person] PMF commanders', 'Hadi Amiri [person] PMF commanders']],
    // a place's acronym and a capitalised word that is no acronym name no body there
    ['U.S. envoy James Jeffrey spoke.', ['James Jeffrey [person] U.S. envoy']],
    ['Iraqi Shiite cleric Muqtada al-Sadr spoke.', ['Muqtada al-Sadr [person] Iraqi Shiite cleric']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule institution-in-role', () => {
  it.each([
    // a body's name inside the role before a name stays in the role and is named too
    [
      'Former National Security Council official Timothy Morrison spoke.',
      ['National Security Council [org]', 'Timothy Morrison [person] Former National Security Council official'],
    ],
    [
      'Chicago Police Department spokesman Anthony Guglielmi said.',
      ['Chicago Police Department [org]', 'Anthony Guglielmi [person] Chicago Police Department spokesman'],
    ],
    // negative: a place's acronym in it, one word, no institution word
    ['U.S. Embassy spokesman John Smith said.', ['John Smith [person] U.S. Embassy spokesman']],
    ['Iraqi Shiite cleric Muqtada al-Sadr spoke.', ['Muqtada al-Sadr [person] Iraqi Shiite cleric']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

it('names acronym-in-role among the rules of the body it kept, for --explain', () => {
  const [body] = findNameMentionsWith(en, sentence('SEIU spokesman Mark Jones said no.'));
  expect(body?.text).toBe('SEIU');
  expect(body?.rules).toContain('acronym-in-role');
});

describe('the name rule plural-title', () => {
  it.each([
    // a title's plural, spelled out or abbreviated, is the title of every name listed after it
    ['They condemned the killings of Officers Liu and Ramos.', ['Liu [person] Officers', 'Ramos [person] Officers']],
    ['The two, Sens. Cory Booker and Kamala Harris, have struggled.', ['Cory Booker [person] Sens.', 'Kamala Harris [person] Sens.']],
    ['He met Senators Elizabeth Warren and Bernie Sanders.', ['Elizabeth Warren [person] Senators', 'Bernie Sanders [person] Senators']],
    // a plural that is no title's, and a title's plural alone, give no one a title
    ['Democrats Joe Biden and Pete Buttigieg spoke.', ['Democrats Joe Biden [person]', 'Pete Buttigieg [person]']],
    ['Officers said no.', []],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule institution-in-title, with a compound title', () => {
  it.each([
    // a noun making a compound title ("press secretary") is the title's: the body before it is named
    ['said White House Press Secretary Stephanie Grisham.', ['White House [org]', 'Stephanie Grisham [person] White House Press Secretary']],
    ['said Acme Corporation Press Secretary Dana Lee.', ['Acme Corporation [org]', 'Dana Lee [person] Acme Corporation Press Secretary']],
    // negative: a body whose own name ends in that noun keeps it
    ['the Associated Press Secretary Jim Smith said.', ['Associated Press [org]', 'Jim Smith [person] Associated Press Secretary']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});
