import type { Token } from '../../../../../core/tokens.js';
import { STAFF_NOUNS, TRADE_NOUNS, TRADE_WORKERS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';
import { gatheringWords } from '../../gathering.js';
import { gatheringVerbAt } from './gatheringVerbAfter.js';

/** A possessive right before token k: "FreedomWorks’ 40", "the union's 1,400". */
function possessiveBefore(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before) return false;
  if ((before.text === '’' || before.text === "'") && tokens[k - 2]?.kind === 'word') return true;
  return before.kind === 'word' && /['’]s$/.test(before.text);
}

/** The noun counts a body's staff or a trade: "employees", "seamen", "dockworkers". */
function staffOrTrade(noun: Token): boolean {
  return STAFF_NOUNS.has(noun.lower) || TRADE_NOUNS.has(noun.lower) || TRADE_WORKERS.test(noun.lower);
}

/** "most of Brazil's 40,000 seamen", "530,000 of Brazil's 700,000": the possessed count is the whole a part is taken from. */
function wholeOfPart(tokens: Token[], k: number): boolean {
  const of = tokens[k - 1]?.text === '’' || tokens[k - 1]?.text === "'" ? k - 3 : k - 2;
  return tokens[of]?.lower === 'of';
}

/** Characters after the counted noun within which a turnout word says the staff or trade gathered ("went on strike"). */
const TURNOUT_REACH = 24;

/** A turnout word right after the counted noun: "Rio de Janeiro's 3,500 dockworkers went on strike". */
function turnoutAfter(text: string, noun: Token): boolean {
  return gatheringWords(text.slice(noun.end, noun.end + TURNOUT_REACH)).some((w) => w.index < TURNOUT_REACH / 2);
}

export const possessedStaff: FigureRule = {
  name: 'possessed-staff',
  reason:
    'People a body or a place has, counted after its possessive ("Most of FreedomWorks’ 40 employees are working remotely", "the union\'s 1,400 members", the wire\'s "most of Brazil\'s 40,000 seamen were still on strike"), are its staff, membership or trade, no crowd; unless a gathering verb follows, right after or after "to" ("the union\'s 1,400 members marched", "Rio de Janeiro\'s 3,500 dockworkers went on strike", "the decision by the city\'s 20,000 Banespa workers to come out on strike"), or they are the doers after "by" ("the walkout by Brazil\'s 40,000 seamen"), and never when a part of them is told before ("about 530,000 of Brazil\'s 700,000 bank workers were on strike": the whole).',
  judge: ({ sentence: { tokens, text }, q, peopleNoun }) => {
    if (peopleNoun === null || !staffOrTrade(tokens[peopleNoun]!) || !possessiveBefore(tokens, q.first)) return undefined;
    if (wholeOfPart(tokens, q.first)) return 'drop';
    // "The walkout by Brazil's 40,000 seamen": the people who did it, read by the rules after
    if (tokens[q.first - 2]?.lower === 'by') return undefined;
    if (turnoutAfter(text, tokens[peopleNoun]!)) return undefined;
    const next = tokens[peopleNoun + 1]?.lower === 'to' ? peopleNoun + 2 : peopleNoun + 1;
    return gatheringVerbAt(tokens, next) ? undefined : 'drop';
  },
};
