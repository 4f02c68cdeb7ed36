/**
 * Tables of the name rules of branch who14 (stated roles on 2008 news pages, L3S-GN1): [sentence, mentions
 * "name [person/org/place] roles…", matters], read by rules.test.ts as its own tables are.
 */
export const STATED_ROLE_TABLES: Array<[string, Array<[string, string[], boolean]>]> = [
  [
    'possessive-owner-appositive',
    [
      // the owner opens the appositive; the role's noun, then what or where it is of (an L3S-GN1 2008 funeral page)
      [
        "Nearly 70 people crammed into the small chapel, said Dean Peterson, New Zealand's representative in Antarctica.",
        ["Dean Peterson [3/0/0] New Zealand's representative; New Zealand's representative in Antarctica"],
        true,
      ],
      // a topic of capitalised words joined by "and" between the owner and the noun (an L3S-GN1 2008 primary-day page)
      [
        "The machines failed, according to Sandy Martin, Horry County's Voters Registration and Election director.",
        ["Sandy Martin [3/0/0] Horry County's Voters Registration and Election director", 'Horry County [0/0/1]', 'Voters Registration [0/0/0]'],
        true,
      ],
      // the owner inside what the role is of
      [
        "Sima Samar, the head of Afghanistan's human rights commission, said so.",
        ["Sima Samar [2/0/0] head; head of Afghanistan's human rights commission"],
        true,
      ],
      ["Moses Blah, Mr Taylor's deputy, took over.", ["Moses Blah [5/0/0] Mr Taylor's deputy", 'Taylor [3/0/0]'], true],
      // negative: no person's noun heads it; a place before the comma; a clause; "one of"; read whole by the head-phrase reader already
      ["He visited Paris, France's capital, on Monday.", [], false],
      ["The United States, Russia's president and China agreed.", [], false],
      ["Smith, Obama's aide shot him.", ['Smith [1/0/0]', 'Obama [1/0/0]'], false],
      ["Henri Leclerc, one of Strauss Kahn's lawyers, said.", ['Henri Leclerc [3/0/0]', 'Strauss Kahn [1/0/0]'], false],
      ["Thomas Melito, the GAO's director, said so.", ["Thomas Melito [5/0/0] GAO's director", 'GAO [1/1.5/0]'], false],
    ],
  ],
];
