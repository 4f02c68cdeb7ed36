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
  z.object({ status: z.literal('refused'), source: z.string(), message: z.string() }),
]);
export type IngestOutcome = z.infer<typeof IngestOutcomeSchema>;

/** A refusal with a message meant for the person ingesting, never a stack trace. */
export class IngestError extends Error {}
