/**
 * Tables of the name rules of branch roles15 (roles read through the role-head table, roleHeads/): [sentence, mentions
 * "name [person/org/place] roles…", matters], read by rules.test.ts as its own tables are.
 */
export const ROLES15_TABLES: Array<[string, Array<[string, string[], boolean]>]> = [
  [
    'copula-role',
    [
      // Socialist Worker development pages: an office, a chair and what it is of, a job and where
      ['Jack Sheehan is a senior vice president.', ['Jack Sheehan [5/0/0] senior vice president'], true],
      [
        'Richard Parsons is the chairman of the board and CEO of Time Warner.',
        ['Richard Parsons [5/0/0] chairman of the board', 'Warner [2/0/0] CEO of Time'],
        true,
      ],
      [
        'For example, Aryeh Yitzhaki is a professor at Bar-Ilan University in Tel Aviv.',
        ['Aryeh Yitzhaki [2/0/0] professor', 'Bar-Ilan University [0/3/0]'],
        true,
      ],
      // readable splits (fresh6, fresh4): a clause of its own after a sentence's end, a relative clause with no comma
      [
        'He noted that Sinwar might surprise everyone. Abu Amer is the head of the Palestinian Dialogue Group in Turkey, which says so.',
        ['Sinwar [0/0/0]', 'Abu Amer [4/0/0] head of the Palestinian Dialogue Group', 'Palestinian Dialogue Group [0/3.5/0]'],
        true,
      ],
      ['"It was good," said Leigh Sears who is the Lake Berryessa concessions manager.', ['Leigh Sears [5/1/0] Lake Berryessa concessions manager'], true],
      // a verb of naming to an office after the copula (a fresh6 page)
      [
        "Sinwar has been named the head of Hamas's political bureau, drawing concerns that his hard-line stance may harm ceasefire negotiations.",
        ["Sinwar [1/0/0] head of Hamas's political bureau", 'Hamas [0/0/0]'],
        true,
      ],
      // negative: the head noun is a judgement, a person, no office, job or relation the role-head table holds;
      // no article after the verb; the name a verb's object, not the clause's subject
      ['Karl Rove is a genius.', ['Karl Rove [3/0/0]'], false],
      ['Kyle Snyder is a man of courage and decency.', ['Kyle Snyder [3/0/0]'], false],
      ['Gladys Wilson was a victim of truth-in-sentencing laws.', ['Gladys Wilson [3/0/0]'], false],
      ['Mary Long is expected to speak at the rally.', ['Mary Long [3/0/0]'], false],
      ['He said Mary Long is the best candidate in the race.', ['Mary Long [3/0/0]'], false],
      ['John Smith was made a fool of by the press.', ['John Smith [3/0/0]'], false],
    ],
  ],
];
