import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/annotate/dates/index.js';
import { weekdayOf } from '../../../src/annotate/dates/calendar.js';
import { timelineAnswer, type TimelineAnswer } from '../../../src/answers/timeline/answer.js';
import { TimelineOptionsSchema } from '../../../src/answers/timeline/options.js';
import { loadCorpus } from '../../../src/pipeline/loadCorpus.js';
import { seedCorpus, writeCorpus } from '../../support/corpus.js';

const dates = (text: string, published: string) => findDates(text, published).map((d) => `${d.text}=${d.date}`);

// Wednesday 6 March 2024 unless said otherwise.
const WEDNESDAY = '2024-03-06';

describe('dates in what is planned or expected resolve forward', () => {
  it('sends a bare weekday to the next such day when its clause states a plan', () => {
    expect(weekdayOf(WEDNESDAY)).toBe(3);
    for (const text of [
      'A second rally is planned for Saturday.',
      'Organisers expected 3,000 people to join a rally planned for Saturday.',
      'The hearing is set for Saturday.',
      'The ballot is slated for Saturday.',
      'The ruling, expected on Saturday, could end the dispute.',
      'The ruling is due on Saturday.',
      'The final is to be held on Saturday.',
      'Police were deployed ahead of Saturday’s vote.',
      'The talks have been rescheduled for Saturday.',
      'Crews plan to walk out on Saturday.',
      'The final is to take place on Saturday.',
      'A vote due to take place on Saturday was postponed.',
      'The upcoming vote on Saturday divides the crews.',
      'The ruling is expected by Saturday.',
      'The bridge, set to reopen on Saturday, is closed.',
      'Crews could walk out in the coming days, perhaps on Saturday.',
    ]) {
      expect(dates(text, WEDNESDAY), text).toEqual(['Saturday=2024-03-09']);
    }
    expect(dates('A decision is likely later this week, with a ballot on Saturday.', WEDNESDAY)).toEqual(['later this week=2024-03-04', 'Saturday=2024-03-09']);
    // The same weekday told as done stays in the past.
    expect(dates('A second rally was held on Saturday.', WEDNESDAY)).toEqual(['Saturday=2024-03-02']);
  });

  it('gives a year-less date in a planning clause the nearest year on or after publication', () => {
    expect(dates('A second stoppage is planned for March 2.', WEDNESDAY)).toEqual(['March 2=2025-03-02']);
    expect(dates('A second stoppage is planned for March 22.', WEDNESDAY)).toEqual(['March 22=2024-03-22']);
    // A month alone after a plan is a time too, and the next such month.
    expect(findDates('Elections are planned for February.', WEDNESDAY).map((d) => [d.text, d.date, d.precision])).toEqual([
      ['February', '2025-02-01', 'month'],
    ]);
    expect(dates('Elections were held in February.', WEDNESDAY)).toEqual(['February=2024-02-01']);
    // Across the turn of the year.
    expect(dates('A ballot on the contract is set for January 8.', '2024-12-18')).toEqual(['January 8=2025-01-08']);
    // In a past clause the nearest past year, as before.
    expect(dates('The crews struck on Dec. 2.', '2024-12-18')).toEqual(['Dec. 2=2024-12-02']);
    expect(dates('The crews struck on Dec. 30.', '2024-12-18')).toEqual(['Dec. 30=2023-12-30']);
  });

  it('keeps a plan told in the past in the past: "had been planned", "was due to", "were to be held"', () => {
    // Published Monday 11 March: the Saturday of the cancelled rally is the one just gone.
    const monday = '2024-03-11';
    expect(dates('The rally, which had been planned for Saturday, was called off.', monday)).toEqual(['Saturday=2024-03-09']);
    expect(dates('The rally was planned for Saturday but was called off.', monday)).toEqual(['Saturday=2024-03-09']);
    expect(dates('The minister was due to speak on Saturday but fell ill.', monday)).toEqual(['Saturday=2024-03-09']);
    expect(dates('Elections were to be held on March 3.', monday)).toEqual(['March 3=2024-03-03']);
    expect(dates('The vote, which was due to take place on Saturday, was postponed.', monday)).toEqual(['Saturday=2024-03-09']);
    // The same plans told as standing look ahead.
    expect(dates('The rally is planned for Saturday.', monday)).toEqual(['Saturday=2024-03-16']);
    expect(dates('Elections are to be held on March 3.', monday)).toEqual(['March 3=2025-03-03']);
  });

  it('puts a year-less date of a plan told from the past nearest publication, on either side of it (plan-told-in-past)', () => {
    // Monday 18 November 2019: a cancelled plan a month back, a plan told in the past perfect a month ahead.
    const monday = '2019-11-18';
    expect(dates('While Mr. Roe canceled an increase in tariffs planned for Oct. 15, he said nothing more.', monday)).toEqual(['Oct. 15=2019-10-15']);
    expect(dates('Firms were unsure whether a tariff that the government had planned to impose Dec. 15 would go into effect.', monday)).toEqual([
      'Dec. 15=2019-12-15',
    ]);
    expect(dates('The teachers threatened to boycott the Dec. 2 elections.', monday)).toEqual(['Dec. 2=2019-12-02']);
    // A weekly's report dated the day after: the day of action its writers were organizing is the day before, not next year's.
    expect(dates('Activists were organizing hard, with a day of action scheduled for November 17.', monday)).toEqual(['November 17=2019-11-17']);
    // print-lag: a standing plan looks ahead, but a day up to three days before publication is the one just gone (a weekly
    // wrote before it), never next year's (fresh5's "An assessment meeting is planned for May 20" in a weekly of 21 May)
    expect(dates('A second stoppage is planned for November 17.', monday)).toEqual(['November 17=2019-11-17']);
    expect(dates('An assessment meeting is planned for May 20 so that we can all learn.', '2004-05-21')).toEqual(['May 20=2004-05-20']);
    // negative: a standing plan four days or more before publication looks ahead; a past happening stays behind
    expect(dates('A second stoppage is planned for November 14.', monday)).toEqual(['November 14=2020-11-14']);
    expect(dates('The crews struck on Dec. 2.', monday)).toEqual(['Dec. 2=2018-12-02']);
    // weekdays keep their reading: a plan's weekday told in the past is the one just gone
    expect(dates('The rally was planned for Saturday but was called off.', monday)).toEqual(['Saturday=2019-11-16']);
  });

  it('reads a date inside a quotation by the words of the quotation, not the "said" outside it', () => {
    const friday = '2005-12-09';
    expect(dates('Foxx said, "December 13 is my birthday, so I am not going to let this happen."', friday)).toEqual(['December 13=2005-12-13']);
    expect(dates('She said, "We marched on December 13."', friday)).toEqual(['December 13=2004-12-13']);
    expect(dates('"We will march on December 3," she said.', friday)).toEqual(['December 3=2006-12-03']);
    // negative: outside a quotation "said" still sets the past, and a quoted title with no tense word takes the sentence's
    expect(dates('She said December 13 was her birthday.', friday)).toEqual(['December 13=2004-12-13']);
    expect(dates('He had been invited to speak on "Democracy after September 11."', '2002-04-19')).toEqual(['September 11=2001-09-11']);
  });

  it('reads "last Thursday" in a report of Friday as the Thursday of the week before, not yesterday', () => {
    const friday = '2004-02-20';
    expect(dates('Licenses were issued starting last Thursday.', friday)).toEqual(['last Thursday=2004-02-12']);
    // negative: two days back or more is the latest such day; "this past Thursday" is yesterday
    expect(dates('Licenses were issued starting last Wednesday.', friday)).toEqual(['last Wednesday=2004-02-18']);
    expect(dates('Licenses were issued starting this past Thursday.', friday)).toEqual(['past Thursday=2004-02-19']);
  });

  it('reads two hyphens as a dash that breaks a clause: the future before it does not govern a date after it', () => {
    const friday = '2005-04-22';
    expect(dates('Solidarity will be crucial in winning this struggle--and April 14 showed the potential.', friday)).toEqual(['April 14=2005-04-14']);
    expect(dates('Solidarity will be crucial—and April 14 showed the potential.', friday)).toEqual(['April 14=2005-04-14']);
    // negative: one hyphen joins words, and a future clause after the dash still looks ahead
    expect(dates('The long-awaited strike will start on April 24.', friday)).toEqual(['April 24=2005-04-24']);
    expect(dates('Workers struck last week--and will strike again on April 14.', friday)).toEqual(['last week=2005-04-11', 'April 14=2006-04-14']);
  });

  it('lets the tense word nearest a date decide when a clause holds two', () => {
    expect(dates('The union said on Tuesday it will strike on Friday.', WEDNESDAY)).toEqual(['Tuesday=2024-03-05', 'Friday=2024-03-08']);
    expect(dates('The stoppage began on Monday and is expected to last until Friday.', WEDNESDAY)).toEqual(['Monday=2024-03-04', 'Friday=2024-03-08']);
    // "held" after "will be" is no past tense; a date before its verb takes the verb after it.
    expect(dates('The vote will be held on Friday.', WEDNESDAY)).toEqual(['Friday=2024-03-08']);
    expect(dates('On Friday, crews will walk out.', WEDNESDAY)).toEqual(['Friday=2024-03-08']);
  });

  it('reads advice and obligation as ahead of publication, but not what "should have" been done', () => {
    for (const text of [
      'Travellers should get to the airport on Saturday.',
      'Voters must register by Saturday.',
      'Residents need to leave their homes by Saturday.',
      'Passengers are advised to arrive early on Saturday.',
      'Crews have to finish the repairs by Saturday.',
    ]) {
      expect(dates(text, WEDNESDAY), text).toEqual(['Saturday=2024-03-09']);
    }
    expect(dates('The council should have acted on Saturday.', WEDNESDAY)).toEqual(['Saturday=2024-03-02']);
    expect(dates('Crews had to finish the repairs by Saturday.', WEDNESDAY)).toEqual(['Saturday=2024-03-02']);
    expect(dates('She must have known on Saturday.', WEDNESDAY)).toEqual(['Saturday=2024-03-02']);
  });

  it('reads advice told to the reader in the imperative as ahead of publication', () => {
    for (const text of [
      'Get to the airport on Saturday if you can.',
      'If you are flying, allow extra time on Saturday.',
      'Expect delays on Saturday, officials said.',
      'Travellers who can should avoid the roads on Saturday.',
      // a call to watch, join or come (fresh5's "I can finally say it: watch my documentary Saturday night at 8")
      '"The strike is over!! I can finally say it: watch my documentary Saturday night at 8 on HBO!" the actor said on social media.',
      'Join us on Saturday outside city hall, the union said.',
    ]) {
      expect(dates(text, WEDNESDAY), text).toEqual(['Saturday=2024-03-09']);
    }
    // negative: the verb as a noun, a title that starts with one, a past clause after it
    expect(dates('Leave was granted on Saturday.', WEDNESDAY)).toEqual(['Saturday=2024-03-02']);
    expect(dates('Get Out opened on Saturday to rave reviews.', WEDNESDAY)).toEqual(['Saturday=2024-03-02']);
    expect(dates('Check-in queues grew on Saturday.', WEDNESDAY)).toEqual(['Saturday=2024-03-02']);
    expect(dates('Watch parties were held on Saturday.', WEDNESDAY)).toEqual(['Saturday=2024-03-02']);
    expect(dates('Thousands came to join the march on Saturday.', WEDNESDAY)).toEqual(['Saturday=2024-03-02']);
  });

  it('reads a timetable told in the simple present ("begins Thursday", "after it joins on April 1") as ahead', () => {
    expect(dates('The tournament, which begins Saturday in the capital, has cost billions.', WEDNESDAY)).toEqual(['Saturday=2024-03-09']);
    expect(dates('Police said the march starts Saturday at noon.', WEDNESDAY)).toEqual(['Saturday=2024-03-09']);
    // A year-less date in reported speech is not sent a year back by the "said" of its report.
    expect(dates('The authority has said that after it joins the court on April 1, it will press charges.', '2024-03-18')).toEqual(['April 1=2024-04-01']);
    expect(dates('The law takes effect Jan. 1.', WEDNESDAY)).toEqual(['Jan. 1=2025-01-01']);
    // negative: the same verbs in the past, and a past verb nearer the date
    expect(dates('The tournament began on Saturday.', WEDNESDAY)).toEqual(['Saturday=2024-03-02']);
    expect(dates('The season opened on Saturday with a win.', WEDNESDAY)).toEqual(['Saturday=2024-03-02']);
    // ("today" is the publication day in any tense: today-when-told)
    expect(dates('The court that opens today was founded on Jan. 1.', WEDNESDAY)).toEqual(['today=2024-03-06', 'Jan. 1=2024-01-01']);
  });

  it('puts a date after "since" behind publication, whatever the tense of its clause', () => {
    expect(dates('Since September 11 this administration has taken an angry approach.', '2002-08-14')).toEqual(['September 11=2001-09-11']);
    expect(dates('She has been in hiding since Monday.', WEDNESDAY)).toEqual(['Monday=2024-03-04']);
    expect(dates('They have not met since March 3, and will not meet before the vote.', WEDNESDAY)).toEqual(['March 3=2024-03-03']);
    // negative: without "since" the clause's tense decides as before
    expect(dates('He will stay in office until March 3.', '2024-03-01')).toEqual(['March 3=2024-03-03']);
    expect(dates('Talks will resume on Monday.', WEDNESDAY)).toEqual(['Monday=2024-03-11']);
  });

  it('reads "hope" or "plan" before "to" and a noun phrase as a noun, not an intent', () => {
    expect(dates('She returned full of hope to the national stage on Monday, seeking a comeback.', WEDNESDAY)).toEqual(['Monday=2024-03-04']);
    expect(dates('He stuck with the plan to the letter on Monday.', WEDNESDAY)).toEqual(['Monday=2024-03-04']);
    // negative: the verb before an infinitive still looks ahead
    expect(dates('He hopes to win the vote on Saturday.', WEDNESDAY)).toEqual(['Saturday=2024-03-09']);
    expect(dates('The party plans to hold a rally on Saturday.', WEDNESDAY)).toEqual(['Saturday=2024-03-09']);
  });

  it('puts a plan reported with "was to" nearest publication, on either side of it', () => {
    // Published Thursday 7 March: the Sunday the deal was to be sealed by is the coming one...
    expect(dates('The deal was to be sealed by Sunday, officials said.', '2024-03-07')).toEqual(['Sunday=2024-03-10']);
    expect(dates('The envoys were to meet on Sunday.', '2024-03-07')).toEqual(['Sunday=2024-03-10']);
    // ... and the one just gone in a report of Monday 11 March.
    expect(dates('The deal was to be sealed by Sunday, officials said.', '2024-03-11')).toEqual(['Sunday=2024-03-10']);
    // "was to" before anything but a verb is no plan.
    expect(dates('The damage was to the roof, inspectors said on Sunday.', '2024-03-07')).toEqual(['Sunday=2024-03-03']);
  });

  it('puts a weekday of a plan told with "was set to", "was scheduled for" nearest publication, as "was to" does', () => {
    // Published Thursday 1 December 2016: the launch was that day, the docking two days on.
    expect(dates('It was set to dock with the station on Saturday.', '2016-12-01')).toEqual(['Saturday=2016-12-03']);
    expect(dates('The vote was scheduled for Tuesday.', '2016-12-01')).toEqual(['Tuesday=2016-11-29']);
    // negative: a happening told in the past keeps the day just gone; a standing plan looks ahead
    expect(dates('It docked with the station on Saturday.', '2016-12-01')).toEqual(['Saturday=2016-11-26']);
    expect(dates('It is set to dock with the station on Wednesday.', '2016-12-01')).toEqual(['Wednesday=2016-12-07']);
  });

  it('reads "due to remain", "looking ahead to" as plans: ahead of publication', () => {
    expect(dates('The curfew, due to remain in place until 30 April, comes after officials said cases rose.', '2020-04-10')).toEqual(['30 April=2020-04-30']);
    expect(dates('Supporters are now looking ahead to May 1 and a national day of action dubbed "A day without us."', '2006-04-14')).toEqual([
      'May 1=2006-05-01',
    ]);
    // negative: "due to" a cause, and what was looked back on
    expect(dates('The march was cancelled due to rain on April 3, organisers said.', '2020-04-10')).toEqual(['April 3=2020-04-03']);
    expect(dates('Supporters looked back on May 1 and the boycott that followed.', '2006-06-14')).toEqual(['May 1=2006-05-01']);
  });

  it('puts a year-less date naming a thing in a clause with no tense nearest publication (attributive-date)', () => {
    // Friday 14 April 2006: the day of action of "the May 1 call" is two weeks ahead, whatever "said" outside the appositive says.
    expect(dates('Jane Roe, a leading organizer of the May 1 call, said the day would send a message.', '2006-04-14')).toEqual(['May 1=2006-05-01']);
    // negative: a clause with its own tense keeps it, and a date that names no thing takes the sentence's
    expect(dates('The May 1 boycott was the largest, organizers said.', '2006-06-14')).toEqual(['May 1=2006-05-01']);
    expect(dates('Jane Roe, who organized the May 1 call, said it worked.', '2006-04-14')).toEqual(['May 1=2005-05-01']);
    expect(dates('Jane Roe, an organizer since May 1, said the day would send a message.', '2006-04-14')).toEqual(['May 1=2005-05-01']);
  });

  it('reads the year of a date that names a thing from the thing, not from the tense around it (named-by-its-day)', () => {
    // Thursday 8 August 2024 (fresh6's CBC): an attack is known only once it happened, whatever the sentence looks to
    expect(dates('Israel has characterized him as the "mastermind" behind the Oct. 7 attacks on southern Israel.', '2024-08-08')).toEqual([
      'Oct. 7=2023-10-07',
    ]);
    expect(dates('It is beside the rest of the Oct. 7 terrorists, he said.', '2024-08-08')).toEqual(['Oct. 7=2023-10-07']);
    expect(dates('The party will seek an inquiry into the December 27 assassination of its leader.', '2008-03-17')).toEqual(['December 27=2007-12-27']);
    expect(dates('The governor plans to keep his July 31 executive order in force.', '2008-09-24')).toEqual(['July 31=2008-07-31']);
    // A happening set ahead lies on either side, the nearest, even in a sentence told in the past
    expect(dates('She is also confirmed to appear at the 22 June hearing.', '2009-05-29')).toEqual(['22 June=2009-06-22']);
    expect(dates('The president has set a 1 July deadline for the ministers to quit the boards.', '2011-04-12')).toEqual(['1 July=2011-07-01']);
    expect(dates('The party wanted to avoid a fight as it prepares for the October 9 vote.', '2011-09-21')).toEqual(['October 9=2011-10-09']);
    expect(dates('The outcome of the March 29 election was recognised.', '2008-07-06')).toEqual(['March 29=2008-03-29']);
    // ... and so does a thing named before its date (unlabelled reports: "the presidential election on 5 April", "a deadline of 15 October")
    expect(dates('The ambassador said the campaign for the presidential election on 5 April was encouraging.', '2014-03-07')).toEqual(['5 April=2014-04-05']);
    expect(dates('He said he had decided by a congressional deadline of 15 October.', '2017-09-20')).toEqual(['15 October=2017-10-15']);
    expect(dates('Hamas will pay for the attack on Oct. 7, the minister said.', '2024-08-08')).toEqual(['Oct. 7=2023-10-07']);
    // negative: a date that names no thing, or a thing of neither kind, keeps the reading of its sentence
    expect(dates('The army will strike back on Oct. 7.', '2024-08-08')).toEqual(['Oct. 7=2024-10-07']);
    expect(dates('Jane Roe, who organized the May 1 call, said it worked.', '2006-04-14')).toEqual(['May 1=2005-05-01']);
    expect(dates('Crowds marched on the May 1 anniversary, organizers said.', '2006-04-14')).toEqual(['May 1=2005-05-01']);
  });

  it('reads a word in "-ed" after a determiner as describing a noun, not as a past (participle-adjective)', () => {
    // Tuesday 3 September 2024 (fresh6's AP): "an allied super PAC" tells no past; the reservations run to the coming Election Day
    expect(dates('Her team, with an allied super PAC, has reservations for the period up to Election Day.', '2024-09-03')).toEqual(['Election Day=2024-11-05']);
    expect(dates('Efficiency standards from January 1 and the expanded capacity scheme are behind the fall.', '2024-11-26')).toEqual(['January 1=2025-01-01']);
    // negative: the same word as a verb is a past
    expect(dates('The government expanded the scheme from January 1.', '2024-11-26')).toEqual(['January 1=2024-01-01']);
    expect(dates('Allied troops landed on June 6.', '2024-09-03')).toEqual(['June 6=2024-06-06']);
  });

  it("reads a date in an editor's square brackets by the brackets' own words only (bracket-insertion)", () => {
    // Monday 12 May 2014 (an unlabelled report): the insertion names the night of the shooting, which "should" does not move ahead
    expect(dates('His reaction to the perceived threat [in the early hours of 14 February] should be considered.', '2014-05-12')).toEqual([
      '14 February=2014-02-14',
    ]);
    expect(dates('It does look like [30 November] will be going ahead.', '2011-11-18')).toEqual(['30 November=2011-11-30']);
    // negative: a bracket with a tense of its own keeps it; a date outside the brackets reads its sentence
    expect(dates('Mr Roe [said on Monday] that he would go.', '2005-05-26')).toEqual(['Monday=2005-05-23']);
    expect(dates('The reaction [of the guard] should be considered on 14 February.', '2014-05-12')).toEqual(['14 February=2015-02-14']);
  });

  it('does not read a plan into "due to rain", "the will of" or a comma inside a number', () => {
    expect(dates('The march was cancelled due to rain on Saturday.', WEDNESDAY)).toEqual(['Saturday=2024-03-02']);
    expect(dates('Crowds voiced the will of the people on Saturday.', WEDNESDAY)).toEqual(['Saturday=2024-03-02']);
    expect(dates('Police are to blame for the clashes on Saturday, he said.', WEDNESDAY)).toEqual(['Saturday=2024-03-02']);
    expect(dates('Crews set to work on Saturday.', WEDNESDAY)).toEqual(['Saturday=2024-03-02']);
    // "3,000" does not cut "planned for" off from a date before it.
    expect(dates('On Saturday, a rally is planned for 3,000 people.', WEDNESDAY)).toEqual(['Saturday=2024-03-09']);
  });

  it('puts what someone said "would" happen nearest publication, on either side of it', () => {
    // Said before publication about a day after it: the coming one, not last year's.
    expect(dates('The minister said the ministers would present proposals by March 26.', '2024-02-26')).toEqual(['March 26=2024-03-26']);
    // ... or about a day that has come by the time of the report.
    expect(dates('In December, officials said the troops would leave by Jan. 3.', '2020-01-24')).toEqual(['December=2019-12-01', 'Jan. 3=2020-01-03']);
    expect(dates('Organisers said on Monday they would march again on Friday.', WEDNESDAY)).toEqual(['Monday=2024-03-04', 'Friday=2024-03-08']);
    expect(dates('Organisers said on Monday they would march again on Friday.', '2024-03-09')).toEqual(['Monday=2024-03-04', 'Friday=2024-03-08']);
    // A day called or set "for" is ahead of the call, on either side of publication.
    expect(dates('Unions called a second day of action for January 31.', '2023-01-20')).toEqual(['January 31=2023-01-31']);
    expect(dates('Unions had called a strike for January 3.', '2023-01-20')).toEqual(['January 3=2023-01-03']);
    expect(dates('The union set a deadline for Friday.', WEDNESDAY)).toEqual(['Friday=2024-03-08']);
    // "for" before anything but a date changes nothing: "left for Baghdad on Feb. 3" is told as done.
    expect(dates('The envoy left for Baghdad on Feb. 3.', '2020-01-02')).toEqual(['Feb. 3=2019-02-03']);
    // Without "would" the same clause is told in the past.
    expect(dates('The minister said the ministers presented proposals on March 26.', '2024-02-26')).toEqual(['March 26=2023-03-26']);
  });

  it('puts the day of what someone urged or encouraged others to do nearest publication, on either side of it', () => {
    const friday = '2006-07-28';
    expect(dates('Organizers encouraged people to join the national march on Washington on August 12.', friday)).toEqual(['August 12=2006-08-12']);
    expect(dates('The union urged its members to walk out on August 2.', friday)).toEqual(['August 2=2006-08-02']);
    expect(dates('Speakers called on students to rally on July 20.', friday)).toEqual(['July 20=2006-07-20']);
    // negative: what the urging led to, told as done, stays behind; "encouraged" with no infinitive is a past verb
    expect(dates('Encouraged by the turnout, people marched on Washington on August 12.', friday)).toEqual(['August 12=2005-08-12']);
    expect(dates('The union urged restraint, and members walked out on August 2.', friday)).toEqual(['August 2=2005-08-02']);
  });

  it('puts the new day of a happening put off or moved nearest publication (put-off-until)', () => {
    // Friday 9 October 2015 (an unlabelled report): the vote put off lies ahead of the telling, on either side of publication
    expect(dates('"It has been postponed until 21 October.', '2015-10-09')).toEqual(['21 October=2015-10-21']);
    expect(dates('The trial was adjourned to 14 May.', '2015-10-09')).toEqual(['14 May=2015-05-14']);
    // negative: "until" after another verb is a bound of what was done; "moved to" a place
    expect(dates('The show ran until 3 December.', '2015-10-09')).toEqual(['3 December=2014-12-03']);
    expect(dates('The office moved to Washington on March 3.', '2015-10-09')).toEqual(['March 3=2015-03-03']);
  });

  it('reads a release told in the present as ahead of publication (release-present)', () => {
    // unlabelled reviews: an album, a paperback
    expect(dates("'Emerge' is released on Ministry of Sound on 8 July.", '2002-06-29')).toEqual(['8 July=2002-07-08']);
    expect(dates('The anniversary edition is published on 19 January with extra material.', '2012-01-16')).toEqual(['19 January=2012-01-19']);
    // negative: a release told in the past
    expect(dates('The album was released on December 10.', '2007-10-23')).toEqual(['December 10=2006-12-10']);
  });

  it("puts the day a law is to take effect nearest publication, whatever the telling's tense", () => {
    // Friday 28 April 2023 (fresh5's Washington Times): a lawsuit filed to stop a ban taking effect on a day ahead
    expect(dates('The ACLU of Indiana has filed a lawsuit seeking to stop the ban from taking effect July 1.', '2023-04-28')).toEqual(['July 1=2023-07-01']);
    expect(dates('The rules, which were to come into force on Jan. 1, were delayed.', '2023-04-28')).toEqual(['Jan. 1=2023-01-01']);
    // negative: the law told as having taken effect stays behind
    expect(dates('The ban took effect July 1.', '2023-04-28')).toEqual(['July 1=2022-07-01']);
  });

  it('puts a day something told in the past came before in the past or at most a month ahead (before-a-day)', () => {
    // Friday 22 October 2004 (fresh5's Million Worker March): the rally came shortly before the election
    expect(
      dates('About 5,000 people rallied at the Lincoln Memorial October 17 to put forward working-class issues shortly before Election Day.', '2004-10-22'),
    ).toEqual(['October 17=2004-10-17', 'Election Day=2004-11-02']);
    expect(dates('Police raided the office days ahead of the Oct. 30 vote.', '2004-10-22')).toEqual(['Oct. 30=2004-10-30']);
    // negative: a day more than a month ahead is the one gone; without "before", the past
    expect(dates('Police arrested him days before March 3.', '2004-10-22')).toEqual(['March 3=2004-03-03']);
    expect(dates('Police arrested him on Oct. 30.', '2004-10-22')).toEqual(['Oct. 30=2003-10-30']);
  });
});

const FERRY_STORY = {
  'a.md': `---
title: Ferry crews to strike
publisher: Harbour Post
published: 2024-03-06
---
Ferry crews will walk out on Friday, the union said on Tuesday.

Talks with the port authority are scheduled for next Monday. The last round broke down on Monday.

A second stoppage is planned for March 22.

Organisers expected 3,000 people to join a rally planned for Saturday.
`,
  'b.md': `---
title: Ferry rally called off
publisher: Bay Radio
published: 2024-03-11
---
The rally, which had been planned for Saturday, was called off by the union.

A ballot on the new contract is set for April 4.
`,
};

describe('/timeline on a story told before it happens', () => {
  const timeline = (answerOptions: Record<string, unknown>, corpus: Parameters<typeof timelineAnswer>[0]): TimelineAnswer =>
    timelineAnswer(corpus, TimelineOptionsSchema.parse(answerOptions));

  it('dates plans forward and reported happenings back, each from its own report', async () => {
    const { corpus } = await loadCorpus(writeCorpus(FERRY_STORY), { snapshot: false });
    // Plans after the last report are outside the default reporting period: asked for with `to`.
    const answer = timeline({ limit: 100, to: '2024-12-31' }, corpus);
    const on = (date: string) => answer.entries.filter((e) => e.date === date).map((e) => e.summary);
    expect(on('2024-03-04')).toEqual(['The last round broke down on Monday.']);
    expect(on('2024-03-05')).toEqual(['Ferry crews will walk out on Friday, the union said on Tuesday.']);
    expect(on('2024-03-08')).toEqual(['Ferry crews will walk out on Friday, the union said on Tuesday.']);
    // The rally planned on Wednesday for Saturday, and called off on Monday, is the past Saturday of the Monday report.
    // Both reports of it are one happening.
    const rally = answer.entries.filter((e) => e.date === '2024-03-09');
    expect(rally).toHaveLength(1);
    expect(rally[0]!.quotes.map((q) => [q.article, q.text])).toEqual([
      ['a', 'Organisers expected 3,000 people to join a rally planned for Saturday.'],
      ['b', 'The rally, which had been planned for Saturday, was called off by the union.'],
    ]);
    expect(on('2024-03-11')).toEqual(['Talks with the port authority are scheduled for next Monday.']);
    expect(on('2024-03-22')).toEqual(['A second stoppage is planned for March 22.']);
    expect(on('2024-04-04')).toEqual(['A ballot on the new contract is set for April 4.']);
    // Read as past: last year's 22 March and 4 April, the Saturday before either report.
    for (const wrong of ['2023-03-22', '2023-04-04', '2024-03-02', '2024-03-16']) expect(on(wrong), wrong).toEqual([]);
  });
});

describe('the seed reports, which look back, keep their dates', () => {
  it('dates every mention counted from publication on or before its report', async () => {
    const corpus = await seedCorpus();
    const fromPublication = corpus.annotations.dates.filter((d) => d.basis === 'publication');
    expect(fromPublication.length).toBeGreaterThan(20);
    for (const d of fromPublication) {
      const published = corpus.articleById.get(corpus.passageById.get(d.passageId)!.articleId)!.published!;
      expect(d.date <= published, `${d.text}=${d.date} after ${published}`).toBe(true);
    }
  });
});
