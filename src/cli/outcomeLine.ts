import path from 'node:path';
import type { IngestOutcome } from '../ingest/types.js';

/** One ingest outcome as the terminal prints it (npm run ingest, npm run follow). */
export function outcomeLine(o: IngestOutcome): string {
  switch (o.status) {
    case 'added': {
      const a = o.article;
      const by = o.byline ? `, by ${o.byline}` : '';
      return `added ${o.file}\n  "${a.title}" (${a.publisher ?? 'unknown publisher'}, ${a.published ?? 'date unknown'}${by}), ${o.passages} passages`;
    }
    case 'duplicate':
      return o.message;
    case 'refused': {
      // Most messages already start with what they are about; say it once.
      const named = o.message.startsWith(o.source) || o.message.startsWith(path.basename(o.source));
      return `not added: ${named ? '' : `${o.source}: `}${o.message}`;
    }
  }
}
