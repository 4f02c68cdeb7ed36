import { z } from 'zod';
import { IngestOutcomeSchema } from '../ingest/types.js';

/** What became of one item of a feed in a poll: taken (its page went through ingest) or skipped, and why. */
export const ItemDecisionSchema = z.object({
  /** The item's id in the feed (guid, Atom id, JSON Feed id), else its link. */
  key: z.string(),
  link: z.string().nullable(),
  title: z.string().nullable(),
  taken: z.boolean(),
  /**
   * added; duplicate; refused (the page could not be added: outcome.message says why); seen before;
   * no keyword matched; no link; over the limit (left for the next poll).
   */
  reason: z.enum(['added', 'duplicate', 'refused', 'seen before', 'no keyword matched', 'no link', 'over the limit']),
  /** The keyword the title or summary held, when the feed has keywords and one matched. */
  keyword: z.string().nullable(),
  /** What ingest said of the item's page, for a taken item. */
  outcome: IngestOutcomeSchema.nullable(),
  /** For a taken item: which try at its page this was (1 the first; more when an earlier one was refused for a reason that may pass). */
  attempt: z.number().int().nullable(),
  /** When a page refused for a reason that may pass (a timeout, a 5xx) is tried again; null when it is not. */
  retryAt: z.string().nullable(),
});
export type ItemDecision = z.infer<typeof ItemDecisionSchema>;

export const PollResultSchema = z.object({
  feed: z.number().int(),
  url: z.string(),
  /** ok: the feed was read; not-modified: the server said 304 to the conditional request; error: see `error`. */
  status: z.enum(['ok', 'not-modified', 'error']),
  /** One line: why the poll failed (the feed's last error). */
  error: z.string().nullable(),
  items: z.array(ItemDecisionSchema),
  added: z.number().int(),
  polledAt: z.string(),
  nextPollAt: z.string(),
});
export type PollResult = z.infer<typeof PollResultSchema>;
