import { parseFeed } from 'feedsmith';
import { IngestError } from '../ingest/types.js';

/** One entry of a feed, whatever its format: what identifies it, where its article is, and what keywords are matched against. */
export interface FeedItem {
  /** The item's own id (RSS guid, Atom id, JSON Feed id), else its link: what is remembered as seen. */
  key: string;
  link: string | null;
  title: string | null;
  summary: string | null;
}

type Text = string | { value?: string } | undefined;
const textOf = (t: Text): string | null => (typeof t === 'string' ? t : (t?.value ?? null)) || null;
/** Summaries are often HTML; keywords are matched against its words, so the tags go. */
const plain = (t: string | null): string | null => t && t.replace(/<[^>]*>/g, ' ');

/** The link an item's article is at, resolved against the feed's address. */
function absolute(link: string | null | undefined, base: string): string | null {
  if (!link) return null;
  try {
    return new URL(link.trim(), base).toString();
  } catch {
    return null;
  }
}

/**
 * Reads RSS, Atom, RDF or JSON Feed text with feedsmith into items, in the
 * feed's own order (newest first, as feeds are written). A document that is
 * none of them is an IngestError in one line.
 */
export function readFeedItems(text: string, feedUrl: string): FeedItem[] {
  let parsed;
  try {
    parsed = parseFeed(text);
  } catch (err) {
    const why = (err as Error).message || 'unreadable';
    throw new IngestError(`${feedUrl} is not a feed that can be read (RSS, Atom, RDF or JSON Feed): ${why.charAt(0).toLowerCase()}${why.slice(1)}`);
  }
  const items: Array<Omit<FeedItem, 'key'> & { id: string | null }> = [];
  switch (parsed.format) {
    case 'rss':
      for (const i of parsed.feed.items ?? [])
        items.push({ id: i.guid?.value ?? null, link: absolute(i.link, feedUrl), title: i.title ?? null, summary: plain(i.description ?? null) });
      break;
    case 'rdf':
      for (const i of parsed.feed.items ?? [])
        items.push({ id: i.rdf?.about ?? null, link: absolute(i.link, feedUrl), title: i.title ?? null, summary: plain(i.description ?? null) });
      break;
    case 'atom':
      for (const e of parsed.feed.entries ?? []) {
        const link = e.links?.find((l) => !l.rel || l.rel === 'alternate')?.href ?? e.links?.[0]?.href;
        items.push({ id: e.id ?? null, link: absolute(link, feedUrl), title: plain(textOf(e.title as Text)), summary: plain(textOf(e.summary as Text)) });
      }
      break;
    case 'json':
      for (const i of parsed.feed.items ?? [])
        items.push({
          id: i.id ?? null,
          link: absolute(i.url ?? i.external_url, feedUrl),
          title: i.title ?? null,
          summary: i.summary ?? plain(i.content_text ?? null),
        });
      break;
  }
  return items.flatMap(({ id, ...rest }) => {
    const key = id?.trim() || rest.link;
    return key ? [{ key, ...rest }] : [];
  });
}
