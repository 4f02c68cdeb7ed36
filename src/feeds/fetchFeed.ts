import { decodePage, fetchPage, type FetchLimits } from '../ingest/fetchPage.js';
import { readFeedItems, type FeedItem } from './feedItems.js';

const FEED_ACCEPT = 'application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.9,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1';

export type FetchedFeed =
  | { status: 'not-modified'; etag: string | null; lastModified: string | null }
  | { status: 'ok'; items: FeedItem[]; etag: string | null; lastModified: string | null };

/**
 * Fetches a feed with the same limits as any page /ingest fetches (time,
 * size, redirects, public addresses), as a conditional request when the last
 * poll left validators, and reads its items. Every failure is an IngestError
 * of one line.
 */
export async function fetchFeed(feed: { url: string; etag: string | null; lastModified: string | null }, limits: FetchLimits): Promise<FetchedFeed> {
  const page = await fetchPage(feed.url, limits, { accept: FEED_ACCEPT, etag: feed.etag, lastModified: feed.lastModified });
  const validators = { etag: page.etag, lastModified: page.lastModified };
  if (page.status === 304) return { status: 'not-modified', ...validators };
  // An XML feed may declare its encoding only in its prolog; the page decoder reads a header's or a <meta>'s.
  const prolog = /^\s*<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(new TextDecoder('latin1').decode(page.bytes.subarray(0, 200)))?.[1];
  const contentType = /charset=/i.test(page.contentType) || !prolog ? page.contentType : `${page.contentType}; charset=${prolog}`;
  return { status: 'ok', items: readFeedItems(decodePage(page.bytes, contentType), page.url), ...validators };
}
