import { lexiconTags } from '../../../../../core/lexicon.js';
import { tokenize } from '../../../../../core/tokens.js';
import type { Passage } from '../../../../../../passages/types.js';
import type { CrowdPlace } from '../../../../types.js';
import { DATELINE, DATELINE_SECTIONS, LIST_ITEM_OPENING, LOCATION_PREPOSITIONS, PLACE_HEADING_WORDS, PLACE_NAME_TAG } from '../../placeWords.js';
import type { EventCorpus, LocateRule } from '../located.js';
import { isTimeWord, placeAt, placeKey } from '../places.js';
import { isSpecificKey } from '../specificKeys.js';

/**
 * The place a heading paragraph names alone ("Chicago", "Providence, R.I.", "New York City"): a short line of
 * capitalised words, no sentence, whose name (before any comma) the corpus writes as a place or the lexicon
 * knows as one. null for any other heading ("What you can do").
 */
export function headingPlace(text: string, placeNames: Set<string>): CrowdPlace | null {
  const words = text.trim().split(/\s+/);
  if (words.length > PLACE_HEADING_WORDS || /[!?:;"“”]/u.test(text) || /\p{Ll}{2,}\.$/u.test(text.trim())) return null;
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return null;
  const name = text.split(',')[0]!.trim();
  const keys = name
    .split(/\s+/)
    .filter((w) => !isTimeWord(w.toLowerCase()))
    .map(placeKey);
  if (!keys.length || !keys.some(isSpecificKey)) return null;
  const known = placeNames.has(keys.join(' ')) || lexiconTags(name.toLowerCase()).some((t) => PLACE_NAME_TAG.test(t));
  return known ? { text: `in ${name}`, keys } : null;
}

/** The place of a list item's first sentence ("-- In Chicago, …", "-- The showdown in Austin, Texas, followed …"). */
function listItemPlace(text: string): CrowdPlace | null {
  const tokens = tokenize(text);
  for (let k = 0; k < tokens.length && !['.', '!', '?'].includes(tokens[k]!.text); k++) {
    if (!LOCATION_PREPOSITIONS.has(tokens[k]!.lower)) continue;
    const place = placeAt(text, tokens, k);
    if (place?.keys.some(isSpecificKey)) return place;
  }
  return null;
}

/** "Prince George's County" for "PRINCE GEORGE'S COUNTY": a dateline's capitals as a name is written. */
function titleCase(caps: string): string {
  return caps.toLowerCase().replace(/(^|[\s\-.])(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

/** The place of a paragraph opening with a dateline ("SAN FRANCISCO--More than 150 people rallied"), else null. */
export function datelinePlace(text: string): CrowdPlace | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  const name = titleCase(m[1]!.trim());
  const keys = name
    .split(/\s+/)
    .map(placeKey)
    .filter((k) => k.length > 1);
  if (!keys.some(isSpecificKey)) return null;
  return { text: `in ${m[2] ? `${name}, ${m[2]}` : name}`, keys };
}

/**
 * Each paragraph's section place in one article: a heading naming a place, or a list item opening with one,
 * starts a section that runs to the next heading or list item (which starts another, with or without a place).
 */
function sectionPlaces(passages: Passage[], placeNames: Set<string>): Map<number, CrowdPlace | null> {
  return new Map([...sections(passages, placeNames)].map(([n, { place }]) => [n, place]));
}

/**
 * Each body paragraph's section: the paragraph that opened it (a heading or a list item; -1 before the
 * first) and its place.
 */
export function sections(passages: Passage[], placeNames: Set<string>): Map<number, { start: number; place: CrowdPlace | null }> {
  const byParagraph = new Map<number, Passage[]>();
  for (const p of passages) if (p.kind === 'body') byParagraph.set(p.paragraph, [...(byParagraph.get(p.paragraph) ?? []), p]);
  const found = new Map<number, { start: number; place: CrowdPlace | null }>();
  let current: CrowdPlace | null = null;
  let start = -1;
  const ordered = [...byParagraph].sort((a, b) => a[0] - b[0]);
  // a round-up written by datelines: each dateline opens a section at its place
  const byDateline = ordered.filter(([, ps]) => datelinePlace(ps[0]!.text)).length >= DATELINE_SECTIONS;
  for (const [n, ps] of ordered) {
    const first = ps[0]!;
    const dateline = byDateline ? datelinePlace(first.text) : null;
    if (dateline) {
      current = dateline;
      start = n;
    } else if (LIST_ITEM_OPENING.test(first.text)) {
      current = listItemPlace(first.text);
      start = n;
    } else if (ps.length === 1 && first.text.trim().split(/\s+/).length <= PLACE_HEADING_WORDS) {
      // a heading: a place, or a line that is no sentence (a short sentence, "Be creative.", goes on the section)
      const place = headingPlace(first.text, placeNames);
      if (place || !/[.!?]["”]?$/u.test(first.text.trim())) {
        current = place;
        start = n;
      }
    }
    found.set(n, { start, place: current });
  }
  return found;
}

export const sectionPlace: LocateRule = {
  name: 'section-place',
  reason:
    'A claim naming no place of its own, in a report written in sections by place (a heading "Chicago", a list item "-- In Chicago, …", or, in a round-up of two datelines or more, a paragraph opening with one: "SAN FRANCISCO--More than 150 people rallied"), is about a gathering in its section\'s place: the Italian Consulate under "Chicago" is not the one under "San Francisco".',
  apply(located, corpus: EventCorpus) {
    const ofArticle = new Map<string, Map<number, CrowdPlace | null>>();
    for (const l of located) {
      if (l.place?.national || l.place?.keys.some(isSpecificKey)) continue;
      const { articleId } = l.claim;
      let sections = ofArticle.get(articleId);
      if (!sections) ofArticle.set(articleId, (sections = sectionPlaces(corpus.passagesOfArticle.get(articleId) ?? [], corpus.placeNames)));
      const section = sections.get(l.passage.paragraph);
      if (!section) continue;
      l.place = l.place ? { ...l.place, text: `${l.place.text} ${section.text}`, keys: [...l.place.keys, ...section.keys] } : section;
    }
  },
};
