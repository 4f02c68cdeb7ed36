import { z } from 'zod';

/** Where an article comes from: a file on disk, a link, or bytes handed over (a Discord attachment). */
export type IngestSource =
  { kind: 'file'; path: string } | { kind: 'url'; url: string } | { kind: 'bytes'; name: string; bytes: Uint8Array; contentType?: string | undefined };

/** An article ready to be written: metadata plus the body text exactly as it will be stored. */
export interface Candidate {
  title: string;
  publisher: string | null;
  published: string | null;
  url: string | null;
  /** Not stored (the front matter has no byline key); reported to whoever ingests. */
  byline: string | null;
  body: string;
}

const ArticleSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  published: z.string().nullable(),
});

export const IngestOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('added'),
    source: z.string(),
    article: ArticleSummarySchema.extend({ url: z.string().nullable() }),
    file: z.string(),
    passages: z.number().int(),
    byline: z.string().nullable(),
  }),
  z.object({
    status: z.literal('duplicate'),
    source: z.string(),
    existing: ArticleSummarySchema,
    /** Share of the passage text's word shingles the two articles have in common (Jaccard). */
    similarity: z.number(),
    sameText: z.boolean(),
    message: z.string(),
  }),
  z.object({
    status: z.literal('refused'),
    source: z.string(),
    message: z.string(),
    /** True when the same source may well be added later: the site was slow, unreachable or busy (5xx, 408, 429), or the corpus was locked. */
    transient: z.boolean().optional(),
  }),
]);
export type IngestOutcome = z.infer<typeof IngestOutcomeSchema>;

/**
 * A refusal with a message meant for the person ingesting, never a stack trace. `transient` when trying the
 * same source again later may well succeed (a timeout, an unreachable or overloaded site, a busy corpus), as
 * opposed to a page that is not an article, too large, or gone.
 */
export class IngestError extends Error {
  constructor(
    message: string,
    readonly transient = false,
  ) {
    super(message);
  }
}
