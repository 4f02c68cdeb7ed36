import { DOCUMENT_WORDS } from '../words.js';
import type { SpanRefiner } from './context.js';

export const documentName: SpanRefiner = {
  name: 'document-name',
  reason:
    'A name of two words or more ending in a word for a treaty, an agreement or a law ("the Paris Agreement", "the Patriot Act", "the Second Amendment") is a document, which is no person or organisation; read with "the" before it, it was listed as a body.',
  // the whole run, title words too: "Patriot" is a person noun but "Patriot Act" is a law
  judge: ({ name, span }) => (span.to - span.from > 1 && name.length > 0 && DOCUMENT_WORDS.has(name.at(-1)!.lower) ? 'drop' : undefined),
};
