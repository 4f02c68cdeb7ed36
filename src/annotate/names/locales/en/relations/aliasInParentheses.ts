import type { RelationRule } from './context.js';

export const aliasInParentheses: RelationRule = {
  name: 'alias-in-parentheses',
  reason: 'A name in parentheses right after another ("Hashd Shaabi (Popular Mobilization Forces)") is another name of it.',
  relate({ text, tokens, span, mention, next, nextIndex, after }) {
    if (!next || nextIndex === undefined || !after || next.from !== span.to || !/^\s*\($/.test(after.gap) || !/^\)/.test(text.slice(tokens[next.to - 1]!.end)))
      return;
    mention.alias = nextIndex;
    return 'stop';
  },
};
