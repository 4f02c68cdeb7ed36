import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/corpus/readArticles.js';
import { captionCredit, chromeKind } from '../../src/passages/boilerplate.js';
import { CHROME_RULES, chromeRule } from '../../src/passages/chromeRules.js';
import { isAuthorBox, isBodyKicker, isMediaTitle, isPitchCopy, isReaderQuestion, isWidgetCaption, teaserRail } from '../../src/passages/chromeRuns.js';
import { datelineLength } from '../../src/passages/dateline.js';
import { extractPassages } from '../../src/passages/extract.js';

/** Per rule: lines it drops, and real sentences that look like them and must survive (matched by no rule at all). */
const TABLE: Record<string, { chrome: string[]; kept: string[] }> = {
  'credit-line': {
    chrome: [
      'Mike Segar/Reuters',
      'JIM WATSON/AFP/Getty Images',
      'Anthony Wallace / AFP - Getty Images',
      'Credit Ashraf Shazly/Agence France-Presse — Getty Images',
      'Credit Harry Campbell',
      'Credit...Ed Murray/NJ Advance Media for NJ.com',
      '(Reuters)',
      '(Thomas Coex/AFP/Getty Images)',
      '(Artist: Chrysaetos-Pteron)',
      '(All photos: Atlas staff)',
      'Photos by cmgirl (Shutterstock), Macrovector (Shutterstock), J E Theriot',
      'Top photo by Joan Bardeletti',
      'Reuters',
      'Getty Images',
      'Image copyright EPA',
      'Image copyright Getty Images',
      '[File: Reuters]',
      '[Jane Roe/AP Photo]',
      'Credits: Supplied Image;',
      '(AP Photo/Susan Walsh, File)',
      '(AP Photo/Jane Roe, Pool)',
      'AP Photo/Jacquelyn Roe',
      'Jane De Rosa/Pool via REUTERS',
      '(Ben Olender)',
      '(Unsplash)',
    ],
    kept: [
      '(Updated at 5 p.m. with the union’s statement.)',
      'Police/fire officials, File clerks and others walked out.',
      '(Police/fire officials, File 12)',
      'Credit Suisse shares fell 5 percent on Monday.',
      'Credit card debt rose again.',
      'The agency said the photos by its staff were not altered.',
      '(Metroid: Zero Mission and Metroid Prime)',
      'He works for Reuters/Ipsos as a pollster, he said.',
      'Reuters reported the strike first.',
      'Image copyright laws were changed on Monday.',
      'Image source code was leaked online',
      '[These were] 12 pages of detailed laws',
    ],
  },
  'broadcast-schedule': {
    chrome: ['Newsnight, BBC Two, 7.30-9.00 pm', 'Sunday 10 March, 9pm, BBC One', 'Live coverage, 18.00-20.30 GMT'],
    kept: ['Protesters march at 9pm in the capital', 'The march starts at 9pm, organisers said.', 'On Sunday, at 9pm, the crowd reached the square.'],
  },
  'factbox-field': {
    chrome: ['Born: 12 May 1950', 'Died 3 June 2001, Rome', 'Age: 54', 'Born March 4, 1961 in Kampala'],
    kept: ['Born in 1950, she grew up in Kampala.', 'Died: the campaign that never was', 'Born to Run sold millions of copies.'],
  },
  'bare-address': {
    chrome: ['topleftpixel.com', 'pippin@pippinlee.com', 'https://example.org/news'],
    kept: ['Visit example.org for the full list.', 'The site, example.org, went down.'],
  },
  'pipe-bar': {
    chrome: ['By Scott Johnson | March 15, 2002 | Page 5', 'Gallery: Xbox One X | 14 Photos', 'Home | World | Politics'],
    kept: ['Cristina Gil Lladanosa, at the Barcelona testing lab | photo by Joan Bardeletti', 'The vote was 52 | 48, officials said.'],
  },
  'print-edition-bar': {
    chrome: ['A version of this article appears in print on', 'Under the City’s Streets, A Battle. Order Reprints | Today’s Paper | Subscribe'],
    kept: ['A version of the bill appears in print in Tuesday’s gazette, the clerk said.', 'Readers can order reprints of the photographs from the archive.'],
  },
  'syndication-note': {
    chrome: ['This article originally appeared on The Atlantic.', 'This article was reprinted on Wired.com.', 'This story first appeared in The Local.'],
    kept: [
      'This article of the constitution was first published in 1848 and later amended.',
      'The story appeared to collapse under questioning.',
      'This article provided by the treaty was never enforced.',
      'This report was provided by the ministry to the court on Monday, and it names 40 officers.',
    ],
  },
  'contributor-line': {
    chrome: [
      "-- CNN's Bill Kirkos contributed to this report.",
      'Heba Habib contributed to this report.',
      'Petrino DiLeo, Evan Kornfeld, Jon McCollum and Ashley Smith contributed to this report.',
      'Reporting by Howard Schneider; Additional reporting by Lindsay Dunsmuir and Jason Lange in Washington; Editing by David Chance',
      'Jane Roe reported from Seoul, and John Doe from Hong Kong.',
      'Ana Lima and Tom Fry reported from Rio de Janeiro.',
      'Jane Roe contributed reporting from Hong Kong.',
      'Ana Lima and Tom Fry contributed research.',
      'Associated Press writers Jane Roe in Birmingham, Ala., and Tom Fry in Salem, Ore., contributed to this report.',
      'Ana Lima, K.B. Udaya, Tom Fry and Jane Roe contributed to this report.',
      '– additional reporting by Jane Roe',
      '(Reporting by Michael Roe; editing by Rory Fry)',
      "(Writing by Greg Roe; Editing by John O'Fry)",
      'With reports from Reforma and El Economista',
      'With files from The Canadian Press',
      'From The Tribune staff reports',
      'From staff reports',
      '(By Jane Roe) Enditem/',
      '(Reporting by Jane Roe and Tom Fry)',
      'Article by Jane Roe (@jroe).',
      'Roe reported from New York and Fry-Lima from Washington.',
      'Roe reported from Paris, Fry from Kyiv and Lima from Moscow.',
    ],
    kept: [
      'Witnesses reported from Gaza.',
      'Police reported from the scene and medics from the hospital.',
      'With reports from the front lines, the ministry raised the toll to 40.',
      'With files from across the region missing, the inquiry stalled.',
      'From early reports, the fire spread through three floors.',
      '(By then the crowd had gone home.)',
      '(Reporting by the wires was thin. Editing took days.)',
      '(Research by the university found 40 cases)',
      'Story by story, the archive was rebuilt.',
      'Dozens of volunteers contributed to the rescue effort.',
      'The report found that poor editing by the agency contributed to errors.',
      'Jane Roe reported from Seoul that the talks had failed.',
      'The BBC reported from Kyiv.',
      'Reuters reported from Seoul.',
      'Jane Roe contributed reporting that shaped the inquiry, the editor said.',
      'Local unions contributed research from Lagos to the campaign.',
      'The march ended in Salem, Ore. Dozens of groups contributed to this report.',
      'With the election over, the party regrouped.',
      'With Jane Roe at the wheel, the car won.',
      'With help from Tom Fry',
    ],
  },
  'social-handle': {
    chrome: [
      'Follow him on Twitter.',
      'Follow him on Twitter @LucasNolan_ or email him at lnolan@breitbart.com',
      'Follow Backchannel: Twitter |Facebook',
      'Like us on Facebook.',
      'Find Example.com on Facebook.',
      'Follow The Daily Wire on Instagram',
    ],
    kept: [
      'Supporters follow him on Twitter, where he has two million followers.',
      'Follow-up talks on Facebook’s data use are due in May.',
      'Investigators find threats on Facebook every week.',
      'Find out what the ruling means for renters on Monday.',
    ],
  },
  'share-pitch': {
    chrome: [
      'Like this story? Share it with a friend!',
      'Click here for the second half of this epic story.',
      "Tech Enabled: CNET chronicles tech's role in providing new kinds of accessibility. Check it out here.",
      'To see "Super Mario Run" in action, check out the footage below:',
      'Would you like to be part of the Fandom team? Join our Fan Contributor Program and share your voice on Fandom.com!',
      'Powered by SmartAsset.com',
      'Read more about ad blocking here.',
      "Follow AP's full coverage of the elections at https://example.org/elections",
      'Read our complete coverage of the strike here.',
    ],
    kept: [
      'Protesters said they would stay here.',
      '"We like this story of resistance," the organiser said.',
      'The minister was powered by a sense of duty, aides said.',
      'He said he would click with voters once they met him.',
      'Follow-up coverage of the strike ran on https://example.org, the union said.',
      'Read the coverage of the strike in the morning papers.',
    ],
  },
  'newsletter-pitch': {
    chrome: [
      'Cities are changing fast. Keep up with the CityLab Daily newsletter.',
      'Your weekday morning guide to breaking news, cultural analysis, and everything in between',
      'Get up-to-the-minute updates: Download CNN MoneyStream',
    ],
    kept: ['The union’s newsletter called for a strike on Friday.', 'Your daily commute will change from Monday, the transport authority said.'],
  },
  'contact-pitch': {
    chrome: [
      'Members can join the Working Group, please email desk@example.org for more information.',
      'For more information, visit example.org.',
      'For further details, contact the box office.',
      'To learn more about the May 1 day of action, go to www.example.org on the Web.',
      'Call 619-239-9130 for more information.',
    ],
    kept: [
      'Call 911 if you see smoke, the fire chief told residents.',
      'Calls to 619-239-9130 went unanswered for more information on Friday.',
      'Anyone with information is asked to email tips@police.example.org, police said.',
      'Residents can email the council at info@example.org for more information, the mayor said.',
      'For more information on the march, organisers pointed to their leaflets.',
      'To learn more about the strike, go to the union hall on Friday.',
    ],
  },
  'payment-methods': {
    chrome: ['We accept credit card, Apple Pay and Google Pay.', 'We accept PayPal and all major credit cards'],
    kept: ['We accept the court’s ruling and will not appeal.', 'We accept credit cards now, the shop owner said.', '“We take Visa,” the vendor said.'],
  },
  'media-widget': {
    chrome: [
      'Video',
      'Image',
      'Photo',
      'transcript',
      'View photo',
      'Play Video',
      '0:00/0:45',
      '-0:00',
      'Loaded: 0%',
      'Remaining Time -0:00',
      'Slideshow ( 3 images )',
      'Map: Flow of foreign fighters to Syria',
      'Caption',
      'Loading Photo Gallery',
      'Media playback is unsupported on your device',
      'Show all 50',
      'UK news in pictures',
      'In pictures',
    ],
    kept: [
      'Video showed the police charging the crowd.',
      'The photo was taken at 10:45.',
      'Map makers were among the marchers.',
      'Caption contests drew hundreds of entries.',
      'Loading the gallery took hours, the curator said.',
      'Media playback is a growing business, analysts said.',
      'Show all 50 states the map, the senator asked.',
      'Life in pictures was the theme of the festival.',
    ],
  },
  'transcript-cue': {
    chrome: ['(LAUGHTER)', '(SOUNDBITE OF ARCHIVED RECORDING)', '(SOUNDBITE OF JANE ROE AND JOHN DOE SONG, "SHOOTER")', '(BEGIN VIDEO CLIP)'],
    kept: ['(The crowd laughed.)', '(NATO said it had no comment.)', 'LAUGHTER FILLED THE HALL.', '(see map)'],
  },
  'price-tag': {
    chrome: ['from $610.00', '$7/month', '$60/person/year'],
    kept: ['Tickets cost $60.', 'The fine is $5,000 for each day.'],
  },
  'page-stamp': {
    chrome: [
      'Page last updated at 14:32 GMT, Monday, 2 May 2011',
      'CNNMoney (New York) First published February 1, 2016: 1:28 AM ET',
      '2/26/2015 7:11 AM PST BY TMZ STAFF',
      'PUBLISHED: 10:48, Tue, Nov 19, 2019',
      'Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.',
      'November 20, 2019 / 1:07 AM / CBS News',
      '12 March 2020 • 09:15 GMT',
    ],
    kept: [
      'The report was published at 10:30 on Monday, officials said.',
      'Updated figures showed 12,000 marchers at 3:30 p.m.',
      'Nov. 20 was when it was updated, at 1:35 a.m.',
      'November 20 / 1:07 AM / the night the march began',
    ],
  },
  'editorial-note': {
    chrome: [
      'This article was amended on 21 July 2010.',
      "The following correction was printed in the Observer's For the record column, Sunday March 4 2007",
      'This article was corrected on 3 May 2012 to give the right spelling of a name.',
      'An earlier version of this article misstated the date of the hearing.',
      'Correction: The vote was held on Tuesday, not Wednesday.',
      'This version corrects the spelling of the region.',
      'This story has been corrected to show that the vote was on Tuesday.',
    ],
    kept: [
      'The constitution was amended on 12 May 2010 to allow a third term.',
      'The article was amended in 1995 to let women vote.',
      'An earlier version of the bill misstated the tax rate, lawmakers said.',
      'The paper printed a correction on Wednesday, the editor said.',
      'This story has been told many times since 2001.',
      'This version of the bill corrects the tax rate, lawmakers said.',
    ],
  },
  'desk-byline': {
    chrome: [
      'Palm Beach Post Staff Writer',
      'AP Sports Writer',
      'By JANE ROE Associated Press Writer',
      'By JANE ROEAP Entertainment Writer',
      'Contributing Writers',
      'Article from: Agence France-Presse',
    ],
    kept: [
      'He was a staff writer for the Post.',
      "The Times' TV critic Tim Teeman was equally as unimpressed.",
      'Jane Roe, a staff writer at the paper, was hurt.',
      'The article from Agence France-Presse was widely reprinted.',
    ],
  },
  'comment-terms': {
    chrome: [
      'Do not post:',
      'Comments are limited to 200 words or less.',
      'Comment entries are limited to 100 words.',
      'NOTE: Comments will generally stay active for a week.',
      'We encourage a collegial, non-insulting tone.',
      'If you believe that a commenter has not followed these guidelines, please use our online complaint form.',
      'Comment posters are responsible for the opinions they express and the accuracy of the information they provide.',
      'Keep your comments directed to the topic.',
      'Personal attacks will not be approved.',
      'Thank you for your comments!',
      'The following are comments from the readers.',
      'Comment Blog - Note: All Comments Subject To Approval',
    ],
    kept: [
      'Comments are closed.',
      'The comments are limited to members of the board.',
      'Do not post your address online, police warned.',
      'His comments were limited to the budget.',
      'The minister thanked them for their comments on the bill.',
    ],
  },
  'page-tool-label': {
    chrome: [
      'Printer friendly page',
      'Send this article to Friends by E-Mail',
      'E-Mail This Article',
      'Print Version',
      'Post a Comment',
      'Click photo to enlarge',
      'Print Article',
      'Email a Friend',
      'RSS Feed',
      'View Comments',
      'Digg This!',
      'Post to del.icio.us',
      'Post to del.icio.us Facebook',
      'Post to Yahoo!',
    ],
    kept: [
      'The Post',
      'a post',
      'Print',
      'Send this to the printer, she said.',
      'He sent the article to a friend.',
      'Print editions fell by a third.',
      'Facebook',
      'Digg rose to fame in 2006.',
      'Post to Facebook, the police urged.',
    ],
  },
  'paper-offer': {
    chrome: [
      "The Internet is obviously a valuable resource for many organizations. Learn if you're safe in this white paper.",
      'Learn how in this white paper.',
      'For decades, tape has been the backup medium of choice. Learn why you should make the move in this whitepaper.',
      'Learn how to increase your reliability and uptime by 100 percent in this case study.',
    ],
    kept: [
      'The company published the findings in a white paper.',
      'Learn more about the plan in the report released on Monday by the ministry.',
      'The agency set out its case in this white paper, officials said.',
    ],
  },
  'stamped-byline': {
    chrome: [
      'By JANE ROE, For The Associated Press 2 hours, 23 minutes ago',
      'By Jane Roe | January 14, 2008; 4:38 PM ET Post Polls',
      'By Jane Roe and Tom Fry | Jan. 9, 2008 11:02 AM',
      'By Jane Roe 3 hours ago',
      'By Bruce Roe January 18, 2008 | 12:11:21 PM',
      'by Tim Roe - January 16 2008',
    ],
    kept: [
      'By Tuesday, Jan. 8, 2008 at 10:00 p.m., the storm had passed.',
      'By Friday, 3 hours ago, the road was open.',
      'By 4:38 PM on January 14, 2008, the polls had closed.',
      'By the time of the vote - January 16 2008 - the polls had closed.',
      'By January 16, 2008, the strike was over.',
      'Posted in Iraq, the battalion lost two men by January 7, 2008.',
    ],
  },
  'tag-list': {
    chrome: ['Tags: Politics, top news, World,', 'Keywords: election, Kenya', 'Filed under: Elections, Kenya'],
    kept: ['Keywords: the minister said the talks failed.', 'Topics: What the summit will discuss and why it matters to the region.'],
  },
  'affiliated-byline': {
    chrome: ['By Avery Wear, SEIU Local 2028', 'By Kathryn Lybarger, AFSCME Local 3299', 'By Jane Roe, Friends of the Earth'],
    kept: [
      'By Friday, Local 2028 had voted to strike.',
      'By Monday, 2,000 workers had walked out',
      'By Jane Roe, the union said, the strike was called.',
      'By Christmas, the city and the union had agreed.',
    ],
  },
  'agency-byline': {
    chrome: ['Meg Kinnard and Errin Haines, Associated Press', 'Jane Roe, Reuters', 'Ana Lima and Tom Fry, The Daily Herald'],
    kept: [
      'Jane Roe, an Associated Press photographer, was hurt.',
      'Jane Roe and Tom Fry, the Associated Press reporters, were released on Friday.',
      'Hong Kong, China Daily',
    ],
  },
  'reporter-contact': {
    chrome: [
      'Jane Roe may be reached at jroe@example.com.',
      'Reach the reporters on Twitter at http://twitter.com/janeroe and http://twitter.com/tomfry',
      'Contact the writer at tfry@example.org',
      'Jayda Roe: 206-464-2067 or jroe@example.com',
      'Contact this reporter at jroe@example.com',
      'Tom Fry can be reached at (617) 555-0134.',
    ],
    kept: [
      'The mayor can be reached at city hall on weekdays.',
      'Jane Roe may be reached at home, her lawyer said.',
      'Reach the summit before dawn, guides advise.',
      'Rescuers could not reach them on Twitter or by phone for two days.',
      'Jane Roe: 206 votes, Tom Fry: 190 votes',
      'The hotline is 206-464-2067, officials said.',
    ],
  },
  'graphic-source': {
    chrome: ['Source: CDC, Chicago Department of Public Health', 'SOURCE: News agencies', 'Sources: police, organisers'],
    kept: ['Source: the police said the crowd was 5,000.', 'Source of the leak remains unknown, officials said.', 'Source: "We were never told"'],
  },
  'video-caption': {
    chrome: ['Media captionWho is Jane Roe?', 'Media caption Drone footage shows the flooded valley', 'Video caption: Marchers reach the square'],
    kept: ['Media captions were added to the archive in 2019.', 'The media caption the moment differently, he said.'],
  },
  'correspondent-byline': {
    chrome: ['Caroline Hawley, BBC diplomatic correspondent', 'Jane Roe, Political Editor', 'Tom Fry, our Moscow correspondent'],
    kept: [
      'Jane Roe, a former correspondent, was detained on Monday.',
      'Jane Roe, the correspondent who broke the story',
      'Jane Roe, BBC diplomatic correspondent, said the talks had failed.',
      'Jane Roe, the bureau chief who hired him, resigned.',
      'Paris, London and Berlin',
    ],
  },
  'summary-box-label': {
    chrome: ['Key Highlights', 'Story highlights', 'Key takeaways', 'Highlights'],
    kept: ['Key points of the deal were leaked on Monday.', 'Highlights of the march included a brass band.'],
  },
  'video-description': {
    chrome: [
      'The State of the City: what was left out? Two editors discuss the mayor’s speech. (Video by Jane Roe | Example Media for Example.com)',
      'Watch as marchers reach the square. (Video courtesy of Tom Fry)',
    ],
    kept: [
      'Marchers reach the square (video by Jane Roe, above) before noon.',
      'The video by a bystander showed police charging the crowd.',
      'Police charged the crowd in the square on Friday. (Video by Jane Roe | Example Media)',
    ],
  },
  'stock-photo-caption': {
    chrome: [
      'File photo of Chinese president Xi Jinping. (Reuters)',
      'Representative image',
      'File photo: Marchers in the capital in 2019',
      'Image for representation',
    ],
    kept: [
      'File photos released by police on Monday showed the crowd, officials said.',
      'Filed photos of the damage reached the insurer on Friday.',
      'A file photo, the agency said, was used by mistake.',
    ],
  },
  'standards-note': {
    chrome: [
      'What we consider before using anonymous sources. How do the sources know the information? What’s their motivation for telling us?',
      'How we reported this story',
      'Why we are using anonymous sources in this story',
    ],
    kept: [
      '“What we consider before using anonymous sources is their motive,” the editor said.',
      'How we report the crowd is up to the organisers, police said.',
      'What we consider fair is a living wage.',
    ],
  },
  'caps-kicker': {
    chrome: ['EXCLUSIVE', 'MIXED FEELINGS', "DON'T MISS", 'SOUTH KOREA'],
    kept: ['NATO said it would act.', 'STOP THE WAR, read the banner.', 'UN.'],
  },
  'section-label': {
    chrome: ['Biz & IT —', 'World news -'],
    kept: ['He said it was over — and left.', 'The vote — a landslide — was certified on Friday.'],
  },
  'standfirst-byline': {
    chrome: [
      'CRAIG JOHNSON reports from Barcelona, Spain, on the huge protests against the summit.',
      'YURII COLOMBO reports from Rome on the massive protest.',
    ],
    kept: ['Craig Johnson reports that the square was full.', 'NATO reports from the front suggested a retreat.'],
  },
  'css-class-junk': {
    chrome: ['for-phone-onlyfor-tablet-portrait-upfor-tablet-landscape-upfor-desktop-upfor-wide-desktop-up'],
    kept: ['The well-known-to-everyone slogan was chanted.', 'state-of-the-art'],
  },
  'ad-blocker-notice': {
    chrome: [
      'Ad block users: Some site features may not work correctly while an ad blocker is enabled, because they break scripts and content this website depends on.',
      "If you can't see comments below, for example, please disable your ad blocker.",
      'It looks like you are using an ad-blocker. Please whitelist our site.',
    ],
    kept: [
      'Publishers lost millions as ad blockers spread, the report found.',
      'The ad blocking software is used by a third of readers in Germany.',
      'Ad blockers are enabled on 40 percent of laptops, the study says.',
    ],
  },
  'reader-callout': {
    chrome: [
      'What has changed about your daily life? Whoever you are, we want to hear from you so our news coverage is as complete, accurate and useful as possible.',
      "Ask your question in the form below and we'll dig for answers. If you have specific medical questions, please contact your doctor.",
      'Have something to add to this story? Share it in the comments.',
      'We’d love to hear from you: fill out the form below.',
      'Have your say on the latest news and sport in our Forums',
      'Discuss the News: Talk about the latest news, weather and entertainment headlines in our online forums.',
    ],
    kept: [
      'Residents can have their say on the plan in our town hall, the mayor said.',
      'Talk about the strike dominated our forums this week, the union said.',
      'Police asked residents to send their photos of the suspect.',
      'Sending your pictures abroad costs more.',
      '“We want to hear from you,” the mayor told the crowd.',
      'Residents filled in the form below the council notice, officials said.',
      'Voters were asked to share their views at town hall meetings.',
    ],
  },
  'newsroom-contact': {
    chrome: [
      'Get in touch with our news team by emailing us at webnews@example.co.uk.',
      'Are protests breaking out in your area? Get in touch at webnews@example.com',
      'Have a story? Email us at tips@example.org',
    ],
    kept: [
      'Police urged witnesses to get in touch at appeals@police.example.org.',
      'Get in touch with your local council if your bins were not collected.',
      'Organisers said people could get in touch at march@example.org.',
    ],
  },
  'read-on-pitch': {
    chrome: [
      'For more stories like this, check our news page.',
      'Follow along with the latest updates below.',
      'For more on news and current affairs from around the world please visit Example News.',
      'Follow along below.',
    ],
    kept: [
      'For more stories like this one to be told, the archive must stay open.',
      'Follow the money, the investigators were told.',
      'Protesters followed along with the march below the bridge.',
    ],
  },
  'subscription-pitch': {
    chrome: [
      'Stay informed with The Daily Wire – your source for credible journalism.',
      'Get in-depth reporting and opinions for only $5 a month. Invest in journalism, invest in democracy – Subscribe Now!',
      'Subscribe via iTunes, Google Play or your favorite podcatcher.',
      'You can hear this story and other local news every morning by subscribing to Example News Matters, our daily news podcast.',
      "New to Versa? It's an app designed to help you grow your savings. Deposit $100 and get a $10 bonus with the code SAVE10",
    ],
    kept: [
      'Stay informed with the council’s text alerts, officials urged residents.',
      'Readers who subscribe now pay twice what they did in 2010, the report said.',
      'The union urged members to invest in pension funds that back journalism.',
      'Enter the code printed on your ballot to vote online.',
    ],
  },
  'journal-reference': {
    chrome: [
      'More information: Jane Roe et al. Middle Paleolithic complex technology from the North Sea, Proceedings of the National Academy of Sciences (2019). DOI: 10.1073/pnas.1907828116',
      'Journal reference: Tom Fry et al., Nature (2021). DOI: 10.1038/s41586-021-03231-w',
    ],
    kept: [
      'The study, published in Nature, was led by Jane Roe.',
      'The paper (DOI 10.1038/x) was withdrawn after the findings were questioned, the journal said.',
    ],
  },
  'dateline-alone': {
    chrome: ['MOSCOW, April 10 (RIA Novosti)', 'WASHINGTON, Jan. 5 (AP)', 'SEOUL, March 3, 2014'],
    kept: ['Moscow, April 10 was the day of the march.', 'MOSCOW, April 10 (RIA Novosti) – Thousands marched through the city on Sunday.'],
  },
  'site-path': {
    chrome: ['/world/20110410/163458489-comment.json', '/news/2014/12/strike.html'],
    kept: ['The march went north/south along the avenue.', '/ 12 people were held'],
  },
  'live-update-byline': {
    chrome: ['21:00Antony Roe-Fry', '19:39Jane Roe', '3.05pm Tom Fry', '10:32 a.m. ET by Jane Roe'],
    kept: ['21:00 Police arrive at the scene.', '19:39 and the crowd is still growing', '21:00Antony'],
  },
  'media-source-note': {
    chrome: [
      '(One of the protestors sent our team this photo.)',
      '(One of the protesters sent our team this video)',
      '(Video sent to our team by one of the protesters)',
      '(Photo provided by the family)',
    ],
    kept: [
      '(The family sent the photo to police on Monday.)',
      '(She said the video was taken by her son.)',
      'One of the protesters sent our team this photo of the march.',
    ],
  },
  'day-time-stamp': {
    chrome: ['Friday, 22 Nov 2024 4:55 PM MYT', 'Jan. 2 2015 8:53 PM', 'Dec. 16, 2016 4:19 PM EST'],
    kept: ['Friday, 22 Nov 2024 4:55 PM is when the polls close.', 'On Jan. 2 2015 at 8:53 PM the first shot was heard.'],
  },
  'day-stamp-line': {
    chrome: [
      'Tuesday 8th January 2008',
      '9th January 2008',
      '1/7/2008, 6:30 p.m. EST',
      '10:02 AM CST on Friday, December 28, 2007',
      '2008-01-14 03:50:02',
      'Globe Staff / December 31, 2007',
      'Thursday, January 10, 2008',
      'Last updated: 14 Jan 2008',
      'Last Update: 12/30/2007 11:25 am',
      'Last Update: 1/16 3:36 pm',
    ],
    kept: [
      'On Tuesday 8th January 2008 the talks resumed.',
      'Friday, January 11, 2008: talks begin in Nairobi',
      'January 2008',
      'The march on 8 January 2008 drew 5,000 people.',
      'Police said the attack on January 8 was planned.',
      'Market Day 2008',
      'Scores 3/4 and 1/16',
      'January 30',
      'Wednesday, January 30',
    ],
  },
  'nav-label': {
    chrome: [
      'Most Read Stories',
      'In This Section',
      'Site Tools',
      'Story tools',
      'News by Category',
      'Current News',
      'Have your Say',
      'Speak Up!',
      'World News',
      'Latest Football Stories',
      'Cricket News',
      'Page 1',
      'Subscription Deals',
      'Advertisement Links',
      'Sport News Article',
      'Current Rating',
      'Rate this Article',
      'Full Story',
      'Have your say on this story',
      'Brought to you by',
    ],
    kept: [
      'Football',
      'The football season opened.',
      'Latest cricket scores from Lahore were delayed',
      'The news broke on Monday.',
      'Read the story.',
      'Latest news from the front line reached Kabul late',
      'Have your say, the mayor told residents.',
      'Today',
      'Business',
      'Rate this film, she said.',
      'Brought to you by the makers of the film',
      'The full story of the war',
    ],
  },
  'continued-marker': {
    chrome: ['Continued...', '(continued on page 4)', 'Continued on page 2', 'Story continues below', 'Article continues after advertisement'],
    kept: ['The talks continued on Monday.', 'Continued fighting was reported below the dam.', 'The story continues to grow, the minister said.'],
  },
  'labelled-byline': {
    chrome: [
      'Author : Fakir Roe',
      'Posted by: Jane Roe',
      'Written by Jane Roe and Tom Fry',
      'CTV.ca News Staff',
      'Globe Staff',
      'Jason Roe, The Province',
      'CanWest News Service',
      '| Journal Denver Bureau',
      'Staff and agencies',
      'From our correspondent',
      'Agencies',
    ],
    kept: [
      'Staff and agencies were told to leave.',
      'Our correspondent was detained for two hours.',
      'The author, Jane Roe, was not hurt.',
      'Posted by mail, the letter arrived on Monday.',
      'The Joint Chiefs of Staff',
      'Jason Roe, the province’s premier, resigned.',
      'White House staff said the trip was off.',
      'The Secret Service said the trip was off.',
    ],
  },
  'files-credit': {
    chrome: [
      'With files from the Canadian Press',
      'With files from the Associated Press',
      'CanWest News Service; with files from Reuters',
      'Ottawa Citizen with files from Norma Roe',
    ],
    kept: [
      'With files from the inquiry, the paper showed the minister lied.',
      'Police left with files from the office, a neighbour said.',
      'He was seen with files from the Pentagon',
    ],
  },
  'news-tip-line': {
    chrome: [
      'When news happens: send photos, videos & tip-offs to 0424 SMS SMH (+61 424 767 764), or us.',
      'When you see news happening: SMS/MMS: 0406 THE AGE (0406 843 243), or us.',
      'Got a news tip? Call us on 555-0100.',
      'Send us your photos and videos to news@example.com',
      'Do you have a story for Inside the System? Send it to system@example.org.',
    ],
    kept: [
      'When news happens in a small town, the paper is often the last to know.',
      'Send your photos to the police, the chief told residents on Monday, and call 555-0100 with any tips.',
      'Got a tip from a neighbour, she called 911.',
      'When news happened to reach the village, 300 people gathered.',
    ],
  },
  'wire-contact': {
    chrome: [
      'To contact the reporter on this story: Heather Roe in Paris at hroe26@example.net',
      'To contact the editor responsible for this story: Tom Fry at tfry@example.net',
    ],
    kept: ['To contact the family, police set up a line.', 'To contact the reporters, the army used radios.'],
  },
  'site-legal-notice': {
    chrome: [
      'These news feeds are provided by an independent third party and Channel 9 is not responsible or liable to you for the same.',
      'The BBC is not responsible for the content of external internet sites.',
      'icExample™ is a trade mark of Midland Newspapers Limited.',
      'All other trademarks are the property of their respective owners.',
      'Logitech, the Logitech logo, and other Logitech marks are registered in the United States and other countries.',
      'Please read our Terms and Conditions and Privacy Statement before using this site.',
      'Logitech Kate Roe, +1 510-713-5115 kroe@example.com Copyright Business Wire 2008',
      'ÃÂ© The Vancouver Province 2008',
    ],
    kept: [
      'The company said it is not responsible for the content of the ads.',
      'The hotel is not responsible for the loss, the court ruled on Monday.',
      'Monopoly is a board game sold in 2008.',
      'The revenue from copyright fees rose in 2008',
      'Sales rose. Copyright Business Wire 2008',
    ],
  },
  'full-article-note': {
    chrome: ['The full article contains 335 words and appears in Press Association newspaper.', 'The full story contains 1,204 words.'],
    kept: [
      'The full article contains errors, the paper admitted.',
      'The full report runs to 400 pages and names 12 officers.',
      'The full text is 40 words, he said.',
    ],
  },
  'copyright-credit': {
    chrome: ['Kenneth Roe © Reuters', 'Jane Roe © Getty Images'],
    kept: ['The song © 1998 was sold on Monday.', 'Kenneth Roe © Reuters said the deal was off.'],
  },
  'comment-header': {
    chrome: ['June 3, 2014 at 9:12 pm |', 'At 4:10 pm on 2 May 2013, Maria Lopez wrote:', '3 June 2014 at 21:12'],
    kept: ['On June 3, 2014, at 9:12 pm, police opened fire.', 'At 4:10 pm on 2 May 2013, the crowd reached the square.'],
  },
};

describe('chrome rules', () => {
  it('each rule has a name, a reason and a test table here', () => {
    expect(CHROME_RULES.map((r) => r.name).sort()).toEqual(Object.keys(TABLE).sort());
    for (const rule of CHROME_RULES) expect(rule.reason.length).toBeGreaterThan(30);
  });

  for (const [name, { chrome, kept }] of Object.entries(TABLE)) {
    it.each(chrome)(`${name} drops %s`, (line) => {
      expect(chromeRule(line)?.name).toBe(name);
    });
    it.each(kept)(`no rule drops the sentence %s (beside ${name})`, (line) => {
      expect(chromeRule(line)?.name).toBeUndefined();
    });
  }
});

describe('credits stuck on a caption', () => {
  it.each([
    [
      'He was wounded in a gunfight with the police.CreditCredit...Nicolaus Czarnecki/Boston Herald, via Associated Press',
      'He was wounded in a gunfight with the police.',
    ],
    [
      'The likely source was rock salt that had seeped underground.CreditCreditChang W. Lee/The New York Times',
      'The likely source was rock salt that had seeped underground.',
    ],
    ['Workers learning how to fix water mains.CreditKirsten Luce for The New York Times', 'Workers learning how to fix water mains.'],
    ['Gunmen stormed the museum, killing at least 19 people. (Reuters)', 'Gunmen stormed the museum, killing at least 19 people.'],
    ['Netanyahu visits the Western Wall on March 18. (Thomas Coex/AFP/Getty Images)', 'Netanyahu visits the Western Wall on March 18.'],
    ['The Moulin Rouge cabaret in Paris Benoit Tessier/Reuters', 'The Moulin Rouge cabaret in Paris'],
    // glued with no space: the caption's day is kept whole
    ['Protesters gathered in the square on Thursday.Jane Roe', 'Protesters gathered in the square on Thursday.'],
    ['Protesters gathered in the square on Thursday.Jane Roe/Reuters', 'Protesters gathered in the square on Thursday.'],
    [
      'A new bill would require providers to store metadata for two years. Source: Supplied',
      'A new bill would require providers to store metadata for two years.',
    ],
    ['Roe is escorted from the police station on June 18, 2015. hide caption', 'Roe is escorted from the police station on June 18, 2015.'],
    // a credit in square brackets, a kind of picture before "via"
    ['Some 13,000 troops remain in the country [File: Reuters]', 'Some 13,000 troops remain in the country'],
    ['Marchers reach the square on Friday. [Jane Roe/AP Photo]', 'Marchers reach the square on Friday.'],
    ['Cardona speaks at the White House, April 27, 2022. (AP Photo/Susan Walsh, File)', 'Cardona speaks at the White House, April 27, 2022.'],
    ['TREATMENT: The hospital where the nurse is being cared for [AFP/GETTY]', 'TREATMENT: The hospital where the nurse is being cared for'],
    ['Roads were shut as the woman arrived [REUTERS]', 'Roads were shut as the woman arrived'],
    ['The ship broke up over Siberia on Thursday. (Jane Roe/ Example Space Agency Press Service photo via AP)', 'The ship broke up over Siberia on Thursday.'],
    // a name alone in brackets after the caption's last sentence; the wire's credit with the agency first
    ['The 25% tariff will apply from March 12. (Unsplash)', 'The 25% tariff will apply from March 12.'],
    ['Crowds fill the stadium in 1967. (Jane Roe)', 'Crowds fill the stadium in 1967.'],
    ['Trump had pledged a huge crackdown AP Photo/Edgar H. Roe', 'Trump had pledged a huge crackdown'],
    ['Marchers reach the square. AP Photo/Jane Roe, File', 'Marchers reach the square.'],
  ])('are cut: %s', (line, caption) => {
    const credit = captionCredit(line);
    expect(credit).not.toBeNull();
    expect(line.slice(0, credit!.creditStart).trim()).toBe(caption);
  });

  it.each([
    'The figures were released by the Associated Press (AP).',
    'The alliance met in Tel Aviv/Jaffa on Monday.',
    'Credit Suisse said the loan was repaid.',
    'Officials said the total was 5,000 (police).',
    'The U.S. flag flew.Officials said it was fine.',
    'He moved to the U.S.Army base',
    'The rally was led by Jane Roe',
    'The river rises in the hills. Its Source: a spring',
    'The minister named the Source: of the leak',
    'Editors asked him to hide caption text from readers',
    'The game was released for two consoles [MPH / MPH SP]',
    'The court heard the case [Roe v. Fry]',
    'The treaty was signed by the alliance [NATO]',
    'The agency [AP] said the vote was close.',
    'The motion was put by Jane Roe (Labour)',
    'The vote passed 52 to 48 (final results)',
    'He took the AP Photo/Video course in 2010 and said it helped',
  ])('a sentence that ends like a credit keeps it: %s', (line) => {
    expect(captionCredit(line)).toBeNull();
  });
});

describe('author boxes, print notes and comment sections in an article', () => {
  const passagesOf = (body: string) => {
    const source = parseArticleFile('a.md', new TextEncoder().encode(`---\ntitle: Marchers fill the square\npublisher: The Daily Wire\n---\n${body}`));
    if (!('article' in source)) throw new Error(source.message);
    return extractPassages(source).map((p) => p.text);
  };

  it('drops an author box at the end, and a print-edition block with its fragments', () => {
    const body = [
      'About 5,000 people marched on Friday, police said.',
      'Organisers said 20,000 took part.',
      'Jane Roe is a Metro reporter covering news and human interest stories. She joined the paper in 2007.',
      'A version of this article appears in print on',
      ', on Page',
      'A',
      '22',
      'of the New York edition',
      'with the headline:',
      'Marchers Fill the Square. Order Reprints | Today’s Paper | Subscribe',
    ].join('\n\n');
    expect(passagesOf(body)).toEqual(['About 5,000 people marched on Friday, police said.', 'Organisers said 20,000 took part.']);
  });

  it('keeps a sentence about a reporter inside the story', () => {
    const body = [
      'About 5,000 people marched on Friday, police said.',
      'Jane Roe is a reporter for the local radio station who was detained at the march.',
      'She was released on Saturday.',
      'Organisers said 20,000 took part.',
      'The next march is planned for May.',
    ].join('\n\n');
    expect(passagesOf(body)).toContain('Jane Roe is a reporter for the local radio station who was detained at the march.');
    expect(isAuthorBox('Jane Roe is a reporter for the local radio station who was detained at the march.')).toBe(true);
  });

  it('drops "About the Author" with the name and title under it', () => {
    const body = [
      'About 5,000 people marched on Friday.',
      'About the Author',
      'Scott Cunningham',
      'Senior Vice President of Technology and Ad Operations at IAB, and General Manager',
    ].join('\n\n');
    expect(passagesOf(body)).toEqual(['About 5,000 people marched on Friday.']);
  });

  it('drops a comment section to the end of the page', () => {
    const body = [
      'About 5,000 people marched on Friday.',
      'June 3, 2014 at 9:12 pm |',
      'Great article, I was there on Saturday with 100,000 others!',
      'At 4:10 pm on 2 May 2013, Tom wrote:',
      'Nonsense.',
    ].join('\n\n');
    expect(passagesOf(body)).toEqual(['About 5,000 people marched on Friday.']);
  });

  it('strips a live update stamp and the publisher opening a paragraph, keeping the reporting', () => {
    const body = ["12:00 PM PT -- Sheriff's deputies were at the hotel Thursday morning.", 'The Daily Wire - Verified footage shows the crowd.'].join('\n\n');
    expect(passagesOf(body)).toEqual(["Sheriff's deputies were at the hotel Thursday morning.", 'Verified footage shows the crowd.']);
  });

  it('drops a kicker above the headline, not a sentence after it', () => {
    const body = ['Coast to coast...', 'Marchers fill the square', 'They came from everywhere...', 'About 5,000 people marched.'].join('\n\n');
    expect(passagesOf(body)).toEqual(['Marchers fill the square', 'They came from everywhere...', 'About 5,000 people marched.']);
  });
});

describe("a rail of other stories, a widget's caption and a kicker opening the body", () => {
  const passagesOf = (body: string) => {
    const source = parseArticleFile('a.md', new TextEncoder().encode(`---\ntitle: Marchers fill the square\npublisher: The Daily Wire\n---\n${body}`));
    if (!('article' in source)) throw new Error(source.message);
    return extractPassages(source).map((p) => p.text);
  };

  it('drops three stamped teasers in a row with their section labels', () => {
    const rail = [
      'Politics',
      'Jan. 2 2015 8:53 PM',
      'What Matters in the Film Critics say the film is unfair. That is because it is about a movement. Jane Roe',
      'Moneybox',
      'Jan. 2 2015 4:29 PM',
      'The Subtle Art of a Poster John Doe',
      'Family',
      'December 31, 2014, 1:16 PM',
      'Parenting With Pain What kind of mother refuses to pick up her child? This kind. Ann Poe',
      'Future Tense',
    ];
    expect(teaserRail(rail)).toEqual(new Set(rail.keys()));
    expect(passagesOf(['About 5,000 people marched on Friday, police said.', ...rail].join('\n\n'))).toEqual([
      'About 5,000 people marched on Friday, police said.',
    ]);
  });

  it('keeps a story after its own byline stamp, and a live page stamped by times alone', () => {
    const story = ['June 10 2014 3:21 PM', 'About 5,000 people marched on Friday, police said.', 'Organisers said 20,000 took part.'];
    expect(teaserRail(story).size).toBe(0);
    expect(passagesOf(story.join('\n\n'))).toEqual(story.slice(1));
    const live = ['10:32 AM', 'Police closed the bridge.', '10:45 AM', 'Crowds reached the square.', '11:02 AM', 'Speeches began.'];
    expect(teaserRail(live).size).toBe(0);
    // Two stamped items are no rail: a story may quote two dated messages.
    expect(teaserRail(['Jan. 2 2015 8:53 PM', 'He wrote that the vote was rigged.', 'Jan. 3 2015 9:10 AM', 'She replied the next morning.']).size).toBe(0);
  });

  it('drops the bare name a media widget prints under its picture, not a caption that tells something', () => {
    expect(passagesOf(['Hicks posted the photo on Friday.', 'View photo', 'Jane Roe', 'The code has guidelines.'].join('\n\n'))).toEqual([
      'Hicks posted the photo on Friday.',
      'The code has guidelines.',
    ]);
    expect(passagesOf(['Hicks posted the photo on Friday.', 'View photo', 'Hicks wrapped the baby in a flag.'].join('\n\n'))).toContain(
      'Hicks wrapped the baby in a flag.',
    );
    expect(isWidgetCaption('Jane Roe')).toBe(true);
    // Without a widget before it a short line stays (a subhead, "Circa 2011").
    expect(passagesOf(['Hicks posted the photo on Friday.', 'Circa 2011', 'The code has guidelines.'].join('\n\n'))).toContain('Circa 2011');
  });

  it("drops a clip's title after its player, and its description printed again as a credited caption; not the story after it", () => {
    const player = ['Video', 'transcript', '0:00/0:45', 'transcript'];
    const description = 'Jane Roe will leave her post at the end of the year. Here’s a look at her time in office.';
    const body = [
      'About 5,000 people marched on Friday, police said.',
      ...player,
      'Wins, Losses and Clashes: Jane Roe’s Time at the U.N.',
      description,
      '“It has been an honour,” she said in the clip.',
      `${description}CreditCredit...Ana Lima/Associated Press`,
      'Organisers said 20,000 took part.',
    ];
    expect(isMediaTitle('Wins, Losses and Clashes: Jane Roe’s Time at the U.N.')).toBe(true);
    expect(isMediaTitle('Marchers filled the square on Friday.')).toBe(false);
    expect(passagesOf(body.join('\n\n'))).toEqual([
      'About 5,000 people marched on Friday, police said.',
      '“It has been an honour,” she said in the clip.',
      'Organisers said 20,000 took part.',
    ]);
    // A paragraph after a clip's title that the page does not print again as a caption is the story's own.
    const story = 'Jane Roe will leave her post at the end of the year, aides said.';
    expect(passagesOf([...player, 'Wins, Losses and Clashes', story].join('\n\n'))).toEqual([story]);
    // A description that tells news (not the clip) stays, once: its credited repeat is dropped.
    const news = 'Jane Roe, 28, was taken into custody on Monday. She was wounded in a gunfight.';
    expect(passagesOf([...player, 'Blast Suspect Arrested', news, `${news}CreditCredit...Ana Lima/Associated Press`].join('\n\n'))).toEqual([
      'Jane Roe, 28, was taken into custody on Monday.',
      'She was wounded in a gunfight.',
    ]);
    // Its caption form with a video credit keeps its words and loses the credit.
    expect(
      passagesOf(['About 5,000 people marched on Friday.', 'Police charged the crowd in the square. (Video by Jane Roe | Example Media)'].join('\n\n')),
    ).toEqual(['About 5,000 people marched on Friday.', 'Police charged the crowd in the square.']);
  });

  it('drops a paragraph whose every sentence is chrome, not one that also reports', () => {
    const contact = 'Jane Roe may be reached at jroe@example.com. Follow her on Twitter @janeroe. Find Example.com on Facebook.';
    expect(chromeKind(contact, null)).not.toBeNull();
    expect(passagesOf(['About 5,000 people marched on Friday, police said.', contact].join('\n\n'))).toEqual([
      'About 5,000 people marched on Friday, police said.',
    ]);
    const mixed = 'Jane Roe may be reached at jroe@example.com. She reported on the march for ten years.';
    expect(chromeKind(mixed, null)).toBeNull();
  });

  it('drops a title-case kicker ending in a colon before the first sentence, not a sentence that opens a list', () => {
    expect(isBodyKicker("'GMA' Cookie Search:")).toBe(true);
    expect(isBodyKicker("Editor's Pick:")).toBe(true);
    expect(isBodyKicker('Here is what we know:')).toBe(false);
    expect(passagesOf(["'GMA' Cookie Search:", 'About 5,000 people marched on Friday.'].join('\n\n'))).toEqual(['About 5,000 people marched on Friday.']);
    // After the first sentence a title-case line ending in a colon is the story's own (a subhead before a list).
    expect(passagesOf(['About 5,000 people marched on Friday.', 'Their Demands:', '- Higher wages'].join('\n\n'))).toContain('Their Demands:');
  });

  it('drops a clip\'s label set apart by a bar ("WATCH | Title:"), as by a colon, not a sentence with a bar in it', () => {
    expect(chromeKind('WATCH | Nurses react to the offer:', null)).toBe('link');
    expect(chromeKind('Watch: Nurses react to the offer', null)).toBe('link');
    expect(chromeKind('Watchers said the vote was 52 | 48.', null)).toBeNull();
    expect(passagesOf(['About 5,000 people marched on Friday.', 'WATCH | Nurses react to the offer:', 'It was peaceful.'].join('\n\n'))).toEqual([
      'About 5,000 people marched on Friday.',
      'It was peaceful.',
    ]);
  });
});

describe('a dated dateline with a double dash', () => {
  it.each([
    ['Feb. 23, 2015 -- Life-threatening peanut allergies have been on the rise.', 'Feb. 23, 2015 -- '.length],
    ['April 17, 2015 — Imagine being sick in the hospital.', 'April 17, 2015 — '.length],
    ['April 17 -- the day the march began -- was cold.', 0],
    ['April 17, 2015 was the day the march began.', 0],
  ])('%s', (text, length) => {
    expect(datelineLength(text)).toBe(length);
  });
});

describe('a subscription box, a contributor block and stamps printed twice', () => {
  const passagesOf = (body: string) => {
    const source = parseArticleFile('a.md', new TextEncoder().encode(`---\ntitle: Marchers fill the square\npublisher: The Daily Wire\n---\n${body}`));
    if (!('article' in source)) throw new Error(source.message);
    return extractPassages(source).map((p) => p.text);
  };

  it('drops the plans, prices and sales copy that follow a pitch, up to the next sentence of reporting', () => {
    const box = [
      'Sign up for The Wire, a paid weekly newsletter about the city. Your first month is free!',
      'Monthly',
      '$7/month',
      'A flexible plan you can cancel anytime.',
      'Corporate',
      '$60/person/year',
      'Keep your team informed on the inside conversation.',
      'We accept credit card, Apple Pay and Google Pay.',
    ];
    const story = ['About 5,000 people marched on Friday, police said.', ...box, 'You can join the next march on Sunday.'];
    expect(passagesOf(story.join('\n\n'))).toEqual(['About 5,000 people marched on Friday, police said.', 'You can join the next march on Sunday.']);
  });

  it('keeps a sentence to the reader that names, numbers or quotes, and any such sentence away from a pitch', () => {
    expect(isPitchCopy('The best way to follow issues you care about.')).toBe(true);
    expect(isPitchCopy('You can vote until 8 p.m. on Tuesday.')).toBe(false);
    expect(isPitchCopy('Your polling station is listed on the Electoral Commission site.')).toBe(false);
    expect(isPitchCopy('“You can’t stop us,” she shouted.')).toBe(false);
    expect(isPitchCopy('Organisers expect a bigger crowd next week than this one.')).toBe(false);
    const story = ['About 5,000 people marched on Friday, police said.', 'A march you will not forget.', 'Organisers said 20,000 took part.'];
    expect(passagesOf(story.join('\n\n'))).toEqual(story);
  });

  it('drops the names and words of a contributor credit after an author box at the end', () => {
    const body = [
      'About 5,000 people marched on Friday, police said.',
      'Organisers said 20,000 took part.',
      'Jane Roe reported from Seoul, and John Doe from Hong Kong.',
      'Jane Roe is a freelance producer based in Seoul.',
      'John Doe is the Asia editor for the paper, based in Hong Kong.',
      'Ann Poe',
      'and',
      'Tom Fry',
      'contributed',
    ].join('\n\n');
    expect(passagesOf(body)).toEqual(['About 5,000 people marched on Friday, police said.', 'Organisers said 20,000 took part.']);
  });

  it('reads a line of dates alone, with or without a comma, as a stamp; a sentence with a date stays', () => {
    // A stamp by day-stamp-line (branch chrome10), read before the short-date fallback that called it metadata.
    expect(chromeKind('22 Dec, 2016 22 Dec, 2016', null)).toBe('stamp');
    expect(chromeKind('22 Dec 2016', null)).toBe('stamp');
    expect(chromeKind('On 22 Dec, 2016 the vote failed.', null)).toBeNull();
  });

  it('drops a "Trending" or "More:" rail header and its headlines, not the sentence after it nor a sentence that opens alike', () => {
    expect(passagesOf(['About 5,000 people marched on Friday.', 'More:', 'It did not say where.', 'Trending', '- Storm hits coast'].join('\n\n'))).toEqual([
      'About 5,000 people marched on Friday.',
      'It did not say where.',
    ]);
    expect(passagesOf(['About 5,000 people marched on Friday.', 'More marchers came on Saturday.', 'Trending topics shifted by noon.'].join('\n\n'))).toEqual([
      'About 5,000 people marched on Friday.',
      'More marchers came on Saturday.',
      'Trending topics shifted by noon.',
    ]);
  });

  it('drops a "More about:" list of tags, not a sentence that begins the same way', () => {
    expect(passagesOf(['About 5,000 people marched on Friday.', '- More about:', '- Hotels'].join('\n\n'))).toEqual(['About 5,000 people marched on Friday.']);
    expect(passagesOf(['About 5,000 people marched on Friday.', 'More about the route was published on Saturday.'].join('\n\n'))).toContain(
      'More about the route was published on Saturday.',
    );
  });
});

describe("a reader-question box, a credit split off as a sentence and an embedded post's link", () => {
  const passagesOf = (body: string) => {
    const source = parseArticleFile('a.md', new TextEncoder().encode(`---\ntitle: Marchers fill the square\npublisher: The Daily Wire\n---\n${body}`));
    if (!('article' in source)) throw new Error(source.message);
    return extractPassages(source).map((p) => p.text);
  };

  it("drops a question to the reader heading a call for readers' stories, not a question in the story", () => {
    expect(isReaderQuestion('How is this outbreak affecting you?')).toBe(true);
    expect(isReaderQuestion('Do you have questions about the novel coronavirus?')).toBe(true);
    expect(isReaderQuestion('“Are you with us?” she asked the crowd.')).toBe(false);
    const box = [
      'About 5,000 people marched on Friday, police said.',
      'How is this outbreak affecting you?',
      'What has changed about your daily life? Whoever you are, we want to hear from you so our coverage is as complete as possible.',
      'Organisers said 20,000 took part.',
    ];
    expect(passagesOf(box.join('\n\n'))).toEqual(['About 5,000 people marched on Friday, police said.', 'Organisers said 20,000 took part.']);
    const column = ['What would you do if your town flooded?', 'About 5,000 people marched on Friday, police said.'];
    expect(passagesOf(column.join('\n\n'))).toEqual(column);
  });

  it("drops a credit the sentence splitter cut off a caption's end, not a sentence that names an agency", () => {
    const caption = 'The president speaks at the base on January 16, 2020. Jane De Rosa/Pool via REUTERS';
    expect(passagesOf(caption)).toEqual(['The president speaks at the base on January 16, 2020.']);
    const story = 'About 5,000 people marched on Friday. Reuters counted more.';
    expect(passagesOf(story)).toEqual(['About 5,000 people marched on Friday.', 'Reuters counted more.']);
  });

  it("drops a pitch or a byline glued to the end of a story written as one block, not one inside it nor a game's tag", () => {
    const block = 'About 5,000 people marched on Friday, police said. Subscribe via iTunes, Google Play or your favorite podcatcher. (By Jane Roe) Enditem/';
    expect(passagesOf(block)).toEqual(['About 5,000 people marched on Friday, police said.']);
    const inside = 'Subscribe via iTunes, Google Play or your favorite podcatcher. About 5,000 people marched on Friday, police said.';
    expect(passagesOf(inside)).toContain('About 5,000 people marched on Friday, police said.');
    expect(passagesOf('Metroid Prime was released in 2002. [MP1]')).toEqual(['Metroid Prime was released in 2002.', '[MP1]']);
  });

  it("ends a post's passage before its trailing picture or short link, and keeps the words", () => {
    expect(passagesOf('Buses to the hospital board at the main square. pic.twitter.com/7IJYBkhgep')).toEqual([
      'Buses to the hospital board at the main square.',
    ]);
    expect(passagesOf('Please follow the advice of the council about tonight’s protests https://t.co/alqD5TQFRD')).toEqual([
      'Please follow the advice of the council about tonight’s protests',
    ]);
    expect(passagesOf('The union posted its statement at https://example.org/statement on Monday.')).toEqual([
      'The union posted its statement at https://example.org/statement on Monday.',
    ]);
  });
});

describe("a reader's or a letter's signature after the letter, the wire's notice of its text (branch chrome12)", () => {
  const passagesOf = (body: string) => {
    const source = parseArticleFile('a.md', new TextEncoder().encode(`---\ntitle: Letters\npublisher: Socialist Worker\n---\n${body}`));
    if (!('article' in source)) throw new Error(source.message);
    return extractPassages(source).map((p) => p.text);
  };
  const LETTER = 'Two hundred employees have been laid off, and sports, art and music programs cut back.';

  it.each([
    // A letter signed at the page's end, or before the next letter's title (the archive's letters pages, 2001-2007).
    [[LETTER, 'Brian Roe, Providence, R.I.'], [LETTER]],
    [
      [LETTER, 'Suzanne Roe, New York City', "U.S. won't bring democracy", 'People are right to have deep concerns.'],
      [LETTER, "U.S. won't bring democracy", 'People are right to have deep concerns.'],
    ],
    // A reader's letter in an Indian daily (2008).
    [[LETTER, 'V. Ramaswamy, Noida'], [LETTER]],
  ])('drops the signature of %j', (body, kept) => {
    expect(passagesOf(body.join('\n\n'))).toEqual(kept);
  });

  it.each([
    // A place heading a report of a roundup: the report's sentences follow.
    [LETTER, 'San Antonio, Texas', 'Five hundred people came out to protest at a fundraiser October 30.'],
    // A heading in capitals, and a name and town that open the page (no letter before them).
    [LETTER, "IT'S JUST FOOTBALL, NOT LIFE"],
    ['Jane Roe, Chicago', LETTER],
    // A line that is no name: it has lowercase words.
    [LETTER, 'Syracuse, N.Y. antiwar protest', 'Students walked out.'],
  ])('keeps %j', (...body) => {
    expect(passagesOf(body.join('\n\n'))).toEqual(body);
  });

  it('drops a wire notice that its text may not be reproduced, and keeps a sentence about reproduction', () => {
    expect(passagesOf([LETTER, 'This material may not be reproduced, redistributed, or manipulated in any form.'].join('\n\n'))).toEqual([LETTER]);
    expect(passagesOf([LETTER, 'The court said the photographs may not be reproduced without consent.'].join('\n\n'))).toEqual([
      LETTER,
      'The court said the photographs may not be reproduced without consent.',
    ]);
  });
});

describe("an agency's sign-off, a page's continued marker and the old rails' headers (branch chrome10)", () => {
  const passagesOf = (body: string) => {
    const source = parseArticleFile('a.md', new TextEncoder().encode(`---\ntitle: Marchers fill the square\npublisher: The Daily Wire\n---\n${body}`));
    if (!('article' in source)) throw new Error(source.message);
    return extractPassages(source).map((p) => p.text);
  };

  it("ends the last sentence before an agency's sign-off, not before a dash inside a sentence", () => {
    expect(passagesOf('The Bulls won the final after the hooter had sounded. - Sapa')).toEqual(['The Bulls won the final after the hooter had sounded.']);
    expect(passagesOf('Police said 300 people marched on Monday. -- AAP')).toEqual(['Police said 300 people marched on Monday.']);
    expect(passagesOf('The story ran on the wire - AP said it was true.')).toEqual(['The story ran on the wire - AP said it was true.']);
  });

  it('drops "Continued..." glued after the last sentence, and keeps a sentence that says the talks continued', () => {
    expect(passagesOf('Talks broke off in early December. Continued...')).toEqual(['Talks broke off in early December.']);
    expect(passagesOf('Talks broke off in early December. They continued on Monday.')).toEqual([
      'Talks broke off in early December.',
      'They continued on Monday.',
    ]);
  });

  it("ends a rail's list at the page's own headline printed after it", () => {
    const body = ['Most read', 'Comments', '1', '2', 'Marchers fill the square', 'Jane Roe', 'About 5,000 people marched on Friday.'].join('\n\n');
    expect(passagesOf(body)).toEqual(['Marchers fill the square', 'Jane Roe', 'About 5,000 people marched on Friday.']);
    // The title with the site's name after it ("Marchers Fill The Square (from The Daily Wire)") still ends the list.
    const source = parseArticleFile('b.md', new TextEncoder().encode(`---\ntitle: Marchers Fill The Square (from The Daily Wire)\n---\n${body}`));
    if (!('article' in source)) throw new Error(source.message);
    expect(extractPassages(source).map((p) => p.text)[0]).toBe('Marchers fill the square');
  });

  it('drops "Full Story" glued after a teaser\'s sentence, and keeps the sentence', () => {
    expect(passagesOf('Derby County are poised to sign Laurent Robert. Full Story')).toEqual(['Derby County are poised to sign Laurent Robert.']);
  });

  it('drops the wire\'s "On the Net:" list and a "Most Read Stories" rail, not the sentence after the list', () => {
    const body = [
      'About 5,000 people marched on Friday.',
      'On the Net:',
      'Tournament of Roses: http://www.example.org',
      'Most Read Stories',
      'Akron climbs Mid-Major poll',
      'Big Ten perception',
      'Organisers said 20,000 took part.',
    ].join('\n\n');
    expect(passagesOf(body)).toEqual(['About 5,000 people marched on Friday.', 'Organisers said 20,000 took part.']);
  });
});
