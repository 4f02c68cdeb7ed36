import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { FIXTURE_ARTICLES_DIR } from './fixtures.js';

/** One of the bundled fixture articles as a news site would serve it. */
export interface ArticlePage {
  /** Path on the server: /articles/<n>.html */
  path: string;
  title: string;
  publisher: string | null;
  published: string | null;
  html: string;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The fixture articles (tests/fixtures/articles, read only) turned into HTML pages: metadata in <meta>, each body line a paragraph. */
export function fixturePages(): ArticlePage[] {
  return readdirSync(FIXTURE_ARTICLES_DIR)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((name, n) => {
      const text = readFileSync(path.join(FIXTURE_ARTICLES_DIR, name), 'utf8');
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const field = (key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(front)?.[1]?.trim() ?? null;
      const title = field('title')!;
      const publisher = field('publisher');
      const published = field('published');
      const paragraphs = body
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l) => `<p>${escape(l)}</p>`)
        .join('\n');
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta property="og:title" content="${escape(title)}">
${publisher ? `<meta property="og:site_name" content="${escape(publisher)}">` : ''}
${published ? `<meta property="article:published_time" content="${published}">` : ''}
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${escape(title)}</h1>
${paragraphs}
</article><footer>© the publisher</footer></body></html>`;
      return { path: `/articles/${n}.html`, title, publisher, published, html };
    });
}

export interface FeedEntry {
  id: string;
  title: string;
  summary: string;
  /** A path on this server, or a full link. */
  link: string;
}

export function rssOf(entries: FeedEntry[], base: string): string {
  const items = entries
    .map(
      (e) =>
        `<item><title>${escape(e.title)}</title><link>${escape(new URL(e.link, base).toString())}</link><guid isPermaLink="false">${escape(e.id)}</guid><description>${escape(`<p>${e.summary}</p>`)}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Loopback wire</title><link>${base}/</link><description>Test feed</description>\n${items}\n</channel></rss>`;
}

export function atomOf(entries: FeedEntry[], base: string): string {
  const items = entries
    .map(
      (e) =>
        `<entry><title>${escape(e.title)}</title><id>${escape(e.id)}</id><updated>2024-06-03T10:00:00Z</updated><link rel="alternate" href="${escape(new URL(e.link, base).toString())}"/><summary type="html">${escape(e.summary)}</summary></entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Loopback wire</title><id>${base}/atom</id><updated>2024-06-03T10:00:00Z</updated>\n${items}\n</feed>`;
}

export function jsonFeedOf(entries: FeedEntry[], base: string): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Loopback wire',
    items: entries.map((e) => ({ id: e.id, url: new URL(e.link, base).toString(), title: e.title, summary: e.summary })),
  });
}

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A feed server on loopback: routes given by the test, every request
 * counted and its headers kept; responses left open are destroyed on close.
 */
export class FeedServer {
  readonly requests: Array<{ path: string; headers: IncomingMessage['headers'] }> = [];
  private readonly open = new Set<ServerResponse>();
  private constructor(
    private readonly server: Server,
    readonly base: string,
    readonly routes: Map<string, Route>,
  ) {}

  static async start(): Promise<FeedServer> {
    const routes = new Map<string, Route>();
    const holder: { self?: FeedServer } = {};
    const server = createServer((req, res) => {
      holder.self!.requests.push({ path: req.url ?? '', headers: req.headers });
      holder.self!.open.add(res);
      res.on('close', () => holder.self!.open.delete(res));
      const route = routes.get((req.url ?? '').split('?')[0]!);
      if (route) return route(req, res);
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.self = new FeedServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`, routes);
    return holder.self;
  }

  url(p: string): string {
    return `${this.base}${p}`;
  }

  /** Serves a fixed body. */
  serve(p: string, type: string, body: string | (() => string), headers: Record<string, string> = {}): void {
    this.routes.set(p, (_req, res) => {
      res.writeHead(200, { 'content-type': type, ...headers });
      res.end(typeof body === 'function' ? body() : body);
    });
  }

  /** The pages of the fixture articles; returns them. */
  servePages(): ArticlePage[] {
    const pages = fixturePages();
    for (const page of pages) this.serve(page.path, 'text/html; charset=utf-8', page.html);
    return pages;
  }

  count(p: string): number {
    return this.requests.filter((r) => r.path === p).length;
  }

  async close(): Promise<void> {
    for (const res of this.open) res.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
