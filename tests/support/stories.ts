/** Small corpora of other stories that more than one test file reads. */

/** A farm protest in Brussels: particles, an institution in a title, the Commission, EU. */
export const FARM_PROTEST = `---
title: Tractors and fires at EU farm ministers' meeting
publisher: Lowlands Wire
published: 2024-02-27
---
Tens of thousands of farmers did not come to Brussels on Monday, organisers admitted, but the protest still paralysed the city's east.

Brussels police counted 900 tractors, a spokesperson, Ilse Van de Keere, told reporters on Tuesday.

European Commission President Ursula von der Leyen met farm leaders on Thursday, Feb. 1, at the last summit, when some 1,300 tractors rolled into the city.

Von der Leyen has promised to simplify the Common Agricultural Policy. The Commission will publish its plan next month.

About 900 tractors blocked roads around the European Union's headquarters on Monday. Clarinval, who chairs the meeting as Belgium holds the rotating EU presidency, called the violence "unacceptable".
`;

/** A page pasted from a news site, no front matter: a city that compromise calls a person. */
export const CHILE_PAGE = `Chile protests: a million people march in Santiago
Huge peaceful rally follows a week of unrest over inequality
Demonstrators fill the Plaza Italia in Santiago on Friday.
More than a million people took to the streets of Chile's capital on Friday, according to the city's governor, Karla Rubilar.
President Sebastián Piñera tweeted that he had heard the message.
`;

/** A repeat election in Kenya: "and" inside institutions, acronyms in parentheses. */
export const KENYA_REPEAT_VOTE = `---
title: Kenya sets October 17 for repeat election
publisher: East Africa Wire
published: 2017-09-05
---
The Independent Electoral and Boundaries Commission (IEBC) chairman, Wafula Chebukati, announced the date in Nairobi.

Odinga's National Super Alliance (NASA) said it would not take part.

The Department of Health and Human Services issued new guidance. The Bill and Melinda Gates Foundation gave $5 million.
`;

/** A championship parade: place words in names, teams. */
export const PARADE_DAY = `---
title: Million fans line streets for champions' parade
publisher: Metro Sports Daily
published: 2016-11-05
---
CHICAGO — An estimated 5 million people lined the streets of Chicago on Friday to celebrate the Cubs' first World Series title in 108 years, city officials said.

The parade began at Wrigley Field and wound its way to Grant Park, where Mayor Rahm Emanuel and team president Theo Epstein addressed the crowd.

"This is the greatest day in the history of Chicago," Epstein told the fans.

The Cubs beat the Cleveland Indians 8-7 in 10 innings in Game 7 on Wednesday.
`;

/** Doubts about the parade figure: a surname that is an ordinary word, a newspaper, a hyphenated name. */
export const PARADE_DOUBTS = `---
title: Was it really 5 million? Experts doubt parade figure
publisher: Data Desk
published: 2016-11-08
---
Based on the area of the route and typical crowd densities, Professor Keith Still of Manchester Metropolitan University estimated that between 1 and 2 million people were present.

The Chicago Tribune reported that about 2 million fans had attended a 2005 parade for the White Sox.

Human Rights Watch said former chief executive Tung Chee-hwa had been consulted.
`;
