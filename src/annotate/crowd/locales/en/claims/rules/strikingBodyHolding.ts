import { STRIKING_BODY } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';
import { holdingVerbBefore } from './heldByBody.js';

const STRIKING = new RegExp(STRIKING_BODY, 'i');

export const strikingBodyHolding: FigureRule = {
  name: 'striking-body-holding',
  reason:
    'The people a body represents or covers are the strike\'s turnout when the sentence tells, before the holding verb, that the body is on strike ("The strike by members of the National Association of Broadcast Employees, representing 2,800 of NBC\'s 8,000 workers, began", "talks with the two other striking locals, representing 600 office and technical workers", "The strike also involves two locals that represent 600 workers"): the wire sizes a strike by the union that holds it; asked after `strike-not-held` (a threatened strike counts no one) and before `held-by-body`, which reads every other holding as a membership or a staff ("the union, which represents about 2,300 workers, has said it will likely go on strike").',
  judge: ({ sentence: { text, tokens, clauses }, q, peopleNoun }) => {
    const verb = holdingVerbBefore(tokens, q.first);
    if (verb === undefined) return undefined;
    const told = STRIKING.exec(text.slice(0, tokens[verb]!.start));
    if (!told) return undefined;
    // the strike told in the figure's own clause, not in one about another time ("After the strike by dockers, the union, which represents 5,000 workers, signed")
    const at = tokens.findIndex((t) => t.start >= told.index);
    if (clauses[at] !== clauses[q.first]) return undefined;
    return { counted: peopleNoun === null ? 'people' : tokens[peopleNoun]!.text };
  },
};
