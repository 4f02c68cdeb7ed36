import type { Passage } from '../../../../../passages/types.js';
import { LEAD_SENTENCES } from '../constants.js';

/** Each article's lead: the ids of its first LEAD_SENTENCES body sentences (a standfirst, then the opening), with their article. */
export function leadPassages(passages: readonly Passage[]): Map<string, string> {
  const lead = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const p of passages) {
    if (p.kind !== 'body') continue;
    const n = seen.get(p.articleId) ?? 0;
    if (n < LEAD_SENTENCES) lead.set(p.id, p.articleId);
    seen.set(p.articleId, n + 1);
  }
  return lead;
}
