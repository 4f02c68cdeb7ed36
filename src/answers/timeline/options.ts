import type { z } from 'zod';
import { answerOptions, dateOption, explainOption, limitOption, textOption } from '../options.js';

export const TimelineOptionsSchema = answerOptions({
  from: dateOption({ description: 'Earliest date' }, (d) => d.optional()),
  to: dateOption({ description: 'Latest date' }, (d) => d.optional()),
  about: textOption({ description: 'Only happenings about these words', max: 300 }, (t) => t.optional()),
  limit: limitOption({ description: 'How many happenings', max: 100, fallback: 12 }),
  explain: explainOption,
}).refine((o) => !o.from || !o.to || o.from <= o.to, { message: 'must not be after the "to" date', path: ['from'] });
export type TimelineOptions = z.infer<typeof TimelineOptionsSchema>;
