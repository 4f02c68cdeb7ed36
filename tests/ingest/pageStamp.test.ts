import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { pageStampDay } from '../../src/ingest/pageStamp.js';
import { settle, stampDatesIn } from '../../src/ingest/stampDate.js';
import * as f from './pageStampFixtures.js';

const stampOf = (html: string) => {
  const doc = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
  return pageStampDay(doc, doc.title);
};

describe('the day a page prints as its own (pageStampDay)', () => {
  it.each([
    [
      'headline-stamp, numeric-order: "06/01/2008" under the byline, read day-first because 1 June is after the page\'s "today"',
      f.page('Empires are built on Harry Flashmans - Telegraph', f.TELEGRAPH_MASTHEAD + f.MENUS + f.TELEGRAPH_STAMP + f.STORY),
      '2008-01-06',
    ],
    [
      "labelled-stamp above a title-part headline (an h2; the h1 is the site's name); the publication, not the modification",
      f.page('newsobserver.com | Players to be evaluated at MLS Combine this weekend', f.NEWSOBSERVER_STAMPS + f.STORY),
      '2008-01-08',
    ],
    [
      'labelled-stamp: "Posted on" just above the headline',
      f.page('Star-Telegram.com: | 01/02/2008 | Moya, Malisse land in Chennai quarters', f.STAR_TELEGRAM_STAMP + f.STORY),
      '2008-01-02',
    ],
    [
      'a label in its own element ("Published Date:") before the date',
      f.page('Gill: Glazers have been vindicated - Halifax Today', f.HALIFAX_STAMP + f.STORY + f.HALIFAX_UPDATED),
      '2008-01-11',
    ],
    [
      'the story\'s "Posted at" beats the masthead\'s "Time:" (title-part headline: "Summer Report: local papers")',
      f.page('Radio New Zealand News : Latest News : Summer Report: local papers', f.RADIONZ_MASTHEAD + f.MENUS + f.RADIONZ_STAMP + f.STORY),
      '2008-01-14',
    ],
    [
      'kicker-stamp: the day just above the headline',
      f.page('Camilla’s ‘cursed’ cruise ship is struck by winter sickness bug - Times Online', f.MENUS + f.TIMES_KICKER + f.STORY),
      '2007-12-31',
    ],
    [
      'a label inside the byline ("By Abesi!, published Jan 18, 2008")',
      f.page('Client Star Brad Renfro Dies - Associated Content', f.ASSOCIATED_CONTENT_BYLINE + f.STORY),
      '2008-01-18',
    ],
    [
      'contained-headline: the title holds the h2\'s headline after a kicker ("Clips: …"); the post\'s stamp under the story',
      f.page('Clips: Belt Buckle Senses Your Air Rocking (Via Magic Pick)', f.MENUS + f.GIZMODO_POST + f.STORY),
      '2008-01-09',
    ],
    [
      'two-figure-year: "01/14/08" just above the headline',
      f.page('FCC Opens Net Neutrality Probe of Comcast', f.MENUS + f.DMN_KICKER + f.STORY),
      '2008-01-14',
    ],
    [
      'launch-labels: "Article Launched:" under the byline, the headline in a styled cell under the site\'s h1',
      f.page('San Bernardino County Sun - USC has imposing challenge', f.MENUS + f.SBSUN_STAMP + f.STORY),
      '2008-01-09',
    ],
    [
      'update-stamp: the only stamp is an update\'s ("Last Updated:" / "Tuesday, 4 December 2007"), no headline found',
      f.page('BBC NEWS | UK | Kidnapped Britons tape condemned here', f.MENUS + f.BBC_UPDATED + f.STORY),
      '2007-12-04',
    ],
  ])('%s', (_name, html, day) => {
    expect(stampOf(html)).toBe(day);
  });

  it.each([
    [
      'a page header\'s "today" far above the headline',
      f.page('Empires are built on Harry Flashmans - Telegraph', f.TELEGRAPH_MASTHEAD + f.MENUS + '<h1>Empires are built on Harry Flashmans</h1>' + f.STORY),
    ],
    [
      'a masthead clock just above the headline (in the header area)',
      f.page('Shaun Edwards on board with Wales - icWales', f.ICWALES_CLOCK + '<h1>Shaun Edwards on board with Wales</h1>' + f.STORY),
    ],
    [
      "a reader's comment's stamp",
      f.page('Sacred Heart wins debut as No. 1 - Examiner.com', '<h1>Sacred Heart wins debut as No. 1</h1>' + f.STORY + f.EXAMINER_COMMENT),
    ],
    [
      "a sidebar's stamp of another article",
      f.page('Shaun Edwards on board with Wales - icWales', '<h1>Shaun Edwards on board with Wales</h1>' + f.STORY + f.ICWALES_SIDEBAR),
    ],
    ["a listing of other stories' days", f.page('Police Make Arrest - NY1', '<h1>Crane accident site</h1>' + f.STORY + f.NY1_LISTING)],
    ['a copyright year', f.page('Black Cats celebrate home win - icHounslow', '<h1>Black Cats celebrate home win</h1>' + f.STORY + f.COPYRIGHT)],
    [
      "the masthead's day with no story stamp",
      f.page(
        'Radio New Zealand News : Latest News : Summer Report: local papers',
        f.RADIONZ_MASTHEAD + f.MENUS + '<h2>Summer Report: local papers</h2>' + f.STORY,
      ),
    ],
    [
      'a masthead clock with a two-figure year',
      f.page('Hitzfeld to take over at Bayern - Sporting Life', f.SPORTING_LIFE_CLOCK + f.MENUS + '<h1>Hitzfeld to take over at Bayern</h1>' + f.STORY),
    ],
    [
      'a section\'s heading the title holds ("Latest News": too short a share to be the headline)',
      f.page('Ramos makes Berbatov plea - Latest News', f.MENUS + f.SECTION_HEADING + f.STORY),
    ],
    [
      'an update stamp above the headline found (a sidebar\'s "Last updated")',
      f.page(
        'NDTV.com: Modi, BJP leaders discuss poll strategies',
        '<p>Last updated: January 17, 2008 01:13 [IST]</p>' + f.MENUS + '<h1>Modi, BJP leaders discuss poll strategies</h1>' + f.STORY,
      ),
    ],
    ['an update stamp of another story, inside its link', f.page('Police Make Arrest - NY1', f.MENUS + f.STORY + f.LINKED_UPDATE)],
  ])('never: %s', (_name, html) => {
    expect(stampOf(html)).toBeNull();
  });
});

describe('the dates a stamp writes (stampDatesIn, settle)', () => {
  it.each([
    ['Posted: Jan. 11, 2008', '2008-01-11'],
    ['Published 10:32 AM EST, Friday, January 11, 2008', '2008-01-11'],
    ['Last Updated: 1/11/2008', null], // two readings, no newer day on the page to settle them
    ['Jan 11, 2008 | 3:14 PM', '2008-01-11'],
    ['14th January 2008, 7:00 WST', '2008-01-14'],
    ['15 January, 2008', '2008-01-15'],
    ['Mon Jan 7 2008', '2008-01-07'],
    ['By David A. Utter - Fri, 12/28/2007 - 6:41am.', '2007-12-28'],
    ['14/01/2008 1:40:00 PM.', '2008-01-14'],
    ['2008-01-11T09:00', '2008-01-11'],
    // two-figure-year: figures joined by "/", or a day and a month's name
    ['15/01/08 15:46', '2008-01-15'],
    ['Last Updated: 1/14/08 11:15 AM ET', '2008-01-14'],
    ['5:19pm Tue 1 Jan 08', '2008-01-01'],
    ['Computerworld 1/8/08', null], // two readings
    // american-zone-order: a time in an American zone after the figures reads them month first
    ['Article Launched: 01/09/2008 09:37:25 PM PST', '2008-01-09'],
    ['Updated: 1/8/08 4:11 p.m. ET', '2008-01-08'],
    ['Published 01/08/2008 - 10:07 a.m. GMT', null], // not an American zone: two readings
    ['Created: 1/10/2008 4:09:14 PM', null],
    // negatives: a year alone, a day without its year, a version's figures, a listing's day and time
    ['© 2008 Independent News and Media Limited', undefined],
    ['Published: Tuesday, January 08', undefined],
    ['Version 11.01.08 of the firmware', undefined],
    ['15 Jan 04:00PM', undefined],
    ['Tue 1 Jan 2008', '2008-01-01'],
  ])('%s', (text, day) => {
    const first = stampDatesIn(text)[0];
    expect(first ? settle(first, null) : undefined).toBe(day);
  });
  it('numeric-order: a reading after the newest day the page writes is dropped', () => {
    const [date] = stampDatesIn('11:47 IST(11/1/2008)');
    expect(settle(date!, '2008-01-16')).toBe('2008-01-11');
    expect(settle(date!, '2008-12-16')).toBeNull();
  });
});
