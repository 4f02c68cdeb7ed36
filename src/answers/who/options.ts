import { z } from 'zod';
import { answerOptions, explainOption, limitOption, textOption } from '../options.js';

const blankAsMissing = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const WhoOptionsSchema = answerOptions({
  name: textOption({ description: 'A name or part of one (leave empty to list everyone)', max: 100, positional: true }, (t) =>
    z.preprocess(blankAsMissing, t.optional()),
  ),
  limit: limitOption({ description: 'How many people and organisations to list', max: 100, fallback: 25 }),
  explain: explainOption,
});
export type WhoOptions = z.infer<typeof WhoOptionsSchema>;
