import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../src/ingest/fetchPage.js';
import { ingest } from '../../src/ingest/ingest.js';
import type { IngestOutcome } from '../../src/ingest/types.js';
import { CLUTTERED_ARTICLE_HTML, FLOOD_ARTICLE_HTML, FLOOD_WIRE_TXT, NAV_ONLY_HTML, tempDir } from './fixtures.js';

const limits = { timeoutMs: 1_000, maxBytes: 256 * 1024, maxRedirects: 3 };
const noSnapshot = { snapshot: false, fetchLimits: limits } as const;

const JSONLD_ONLY_HTML = FLOOD_ARTICLE_HTML.replace(/<meta property="og:site_name"[^>]*>/, '')
  .replace(/<meta property="article:published_time"[^>]*>/, '')
  .replace(
    '</head>',
    `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"ignored"},
     {"@type":"NewsArticle","headline":"River levels fall in Kestrel Bay as residents return","datePublished":"2026-03-07T08:00:00Z",
      "publisher":{"@type":"Organization","name":"Herald Online"}}]}</script></head>`,
  );
const TIME_ONLY_HTML = FLOOD_ARTICLE_HTML.replace(/<meta property="article:published_time"[^>]*>/, '').replace(
  '<p class="byline">',
  '<p class="byline"><time datetime="2026-03-06">6 March</time> ',
);

let server: Server;
let base: string;
/** A loopback port nothing listens on. */
let closedPort: number;
const open = new Set<ServerResponse>();
/** Requests the server has received. */
let served = 0;

function send(res: ServerResponse, type: string, body: string, status = 200) {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

beforeAll(async () => {
  server = createServer((req, res) => {
    served++;
    open.add(res);
    res.on('close', () => open.delete(res));
    switch (req.url) {
      case '/article':
        return send(res, 'text/html; charset=utf-8', FLOOD_ARTICLE_HTML);
      case '/cluttered':
        return send(res, 'text/html; charset=utf-8', CLUTTERED_ARTICLE_HTML);
      case '/latin1': {
        // A page in windows-1252, as older sites still serve them: é and ñ are single bytes.
        res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
        return res.end(Buffer.from(FLOOD_ARTICLE_HTML.replace('Ines Barros', 'Inés Muñoz'), 'latin1'));
      }
      case '/jsonld':
        return send(res, 'text/html', JSONLD_ONLY_HTML);
      case '/time':
        return send(res, 'text/html', TIME_ONLY_HTML);
      case '/wire.txt':
        return send(res, 'text/plain; charset=utf-8', FLOOD_WIRE_TXT);
      case '/home':
        return send(res, 'text/html', NAV_ONLY_HTML);
      case '/scan.pdf':
        return send(res, 'application/pdf', '%PDF-1.4 not a page');
      case '/moved':
        res.writeHead(302, { location: '/article' });
        return res.end();
      case '/loop':
        res.writeHead(301, { location: '/loop' });
        return res.end();
      case '/to-file':
        res.writeHead(302, { location: 'file:///etc/passwd' });
        return res.end();
      case '/huge-declared':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(limits.maxBytes + 1) });
        return res.end(); // the header alone must be enough to refuse
      case '/huge-streamed': {
        // No length given: the reader has to count and stop.
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = `<p>${'flood '.repeat(2_000)}</p>`;
        const pump = () => {
          while (!res.destroyed && res.write(chunk));
          if (!res.destroyed) res.once('drain', pump);
        };
        return pump();
      }
      case '/slow':
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.write('<html><body><p>Residents of Kestrel Bay'); // and never finishes
      case '/silent':
        return; // never even answers the headers
      default:
        return send(res, 'text/plain', 'not found', 404);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});

afterAll(async () => {
  for (const res of open) res.destroy();
  await new Promise((resolve) => server.close(resolve));
});

async function ingestLinks(...paths: string[]) {
  const corpusDir = path.join(await tempDir(), 'corpus');
  const report = await ingest(
    paths.map((p) => ({ kind: 'url' as const, url: p.includes('://') ? p : base + p })),
    corpusDir,
    noSnapshot,
  );
  return { report, corpusDir, files: await readdir(corpusDir) };
}

function added(o: IngestOutcome | undefined) {
  if (o?.status !== 'added') throw new Error(`expected an added article, got ${JSON.stringify(o)}`);
  return o;
}

describe('adding a link to a real article page', () => {
  it('keeps the article text and its metadata, and leaves the page chrome out', async () => {
    const { report, corpusDir, files } = await ingestLinks('/article');
    const outcome = added(report.outcomes[0]);
    expect(outcome.article).toEqual({
      id: outcome.file.replace(/\.md$/, ''),
      title: 'River levels fall in Kestrel Bay as residents return',
      publisher: 'The Lowland Herald',
      published: '2026-03-08', // the publisher's own day, not the UTC one (03-09)
      url: `${base}/article`,
    });
    expect(outcome.byline).toBe('Priya Nandakumar');
    expect(files).toEqual([outcome.file]);

    const text = await readFile(path.join(corpusDir, outcome.file), 'utf8');
    expect(text).toContain('"The mud is everywhere, but the house is standing," said Ines Barros, a retired teacher');
    expect(text).toContain('A street in the east district of Kestrel Bay on March 8, 2026.');
    for (const chrome of ['Sport', 'Privacy', 'All rights reserved', 'Sign in', 'Council meeting postponed']) {
      expect(text).not.toContain(chrome);
    }
    const passages = report.after.passages;
    expect(passages.length).toBe(outcome.passages);
    expect(passages.length).toBeGreaterThanOrEqual(5);
    for (const p of passages) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('keeps only the reporting of a cluttered page: no share bar, ad, newsletter box, link promo, related links or comments', async () => {
    const { report, corpusDir, files } = await ingestLinks('/cluttered');
    const outcome = added(report.outcomes[0]);
    expect(outcome.article).toMatchObject({ title: 'Kestrel Bay council approves flood wall', publisher: 'Coastline Daily', published: '2026-04-14' });
    expect(outcome.byline).toBe('Owen Hart');
    const passages = report.after.passages.map((p) => p.text);
    expect(passages).toHaveLength(5);
    expect(passages[0]).toMatch(/^Kestrel Bay's town council voted 9 to 2 on Monday night/);
    expect(passages.at(-1)).toBe('Construction is due to begin in September and to take two years, the council said.');
    const text = await readFile(path.join(corpusDir, files[0]!), 'utf8');
    for (const chrome of ['Share on', 'Read more', 'newsletter', 'cookies', 'Related stories', 'Comments', 'Log in', 'Copyright']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('decodes a page in the charset it declares', async () => {
    const { report, corpusDir, files } = await ingestLinks('/latin1');
    added(report.outcomes[0]);
    expect(await readFile(path.join(corpusDir, files[0]!), 'utf8')).toContain('said Inés Muñoz, a retired teacher');
  });

  it('follows a redirect and records the address it ended at', async () => {
    const { report } = await ingestLinks('/moved');
    expect(added(report.outcomes[0]).article.url).toBe(`${base}/article`);
  });

  it('reads the date and publisher from JSON-LD, or the date from a <time> element', async () => {
    const { report } = await ingestLinks('/jsonld', '/time');
    const [jsonld, time] = report.outcomes;
    expect(added(jsonld).article).toMatchObject({ publisher: 'Herald Online', published: '2026-03-07' });
    // The same story from a different page is a duplicate of the first.
    expect(time).toMatchObject({ status: 'duplicate', existing: { id: added(jsonld).article.id } });
    const alone = await ingestLinks('/time');
    expect(added(alone.report.outcomes[0]).article.published).toBe('2026-03-06');
  });

  it('takes a plain-text link like a .txt file', async () => {
    const { report } = await ingestLinks('/wire.txt');
    expect(added(report.outcomes[0]).article).toMatchObject({ publisher: 'Wirepoint', published: '2026-03-03', url: `${base}/wire.txt` });
  });
});

describe('links that are refused, changing nothing', () => {
  const cases: Array<[string, RegExp]> = [
    ['/home', /no article found/],
    ['/scan.pdf', /not a web page or text \(content type application\/pdf\)/],
    ['/missing', /answered 404/],
    ['/loop', /redirects more than 3 times/],
    ['/to-file', /only http and https/],
    ['/huge-declared', /at most 262144/],
    ['/huge-streamed', /larger than 262144 bytes/],
    ['/slow', /did not answer within 1 s/],
    ['/silent', /did not answer within 1 s/],
    ['ftp://127.0.0.1/article.html', /only http and https/],
    ['http://127.0.0.1:CLOSED/article', /could not be reached \(ECONNREFUSED\)/],
    ['http://[not a url', /not a valid link/],
  ];
  it.each(cases)('%s', async (link, message) => {
    const { report, files } = await ingestLinks(link.replace('CLOSED', String(closedPort)));
    expect(report.outcomes[0]).toMatchObject({ status: 'refused', message: expect.stringMatching(message) });
    expect(files).toEqual([]);
    expect(report.after).toBe(report.before);
  });

  it('gives up on a slow page within its time limit', async () => {
    const started = Date.now();
    await expect(fetchPage(`${base}/slow`, { ...limits, timeoutMs: 300 })).rejects.toThrow(/did not answer within 0.3 s/);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

describe('links to private addresses, when only public pages may be fetched', () => {
  const requests = () => served;
  const wire = (host: string) => `http://${host}:${(server.address() as AddressInfo).port}/wire.txt`;

  it('are refused by name at the connection itself, so a DNS answer cannot change between check and connect', async () => {
    let asked = 0;
    // A rebinding name: public the first time it is resolved, loopback after.
    const rebinding = async () => (asked++ === 0 ? [{ address: '93.184.216.34', family: 4 }] : [{ address: '127.0.0.1', family: 4 }]);
    const before = requests();
    const outcome = await fetchPage(wire('rebind.example'), { ...limits, timeoutMs: 500, publicOnly: true, resolveHost: rebinding }).then(
      () => 'fetched',
      (err: Error) => err.message,
    );
    // Resolved once, for the connection: to the public address, never to this machine's server.
    expect(asked).toBe(1);
    expect(outcome).not.toBe('fetched');
    expect(requests()).toBe(before);
  });

  it.each([
    ['a name that resolves to loopback', [{ address: '127.0.0.1', family: 4 }]],
    [
      'a name with one private address among public ones',
      [
        { address: '93.184.216.34', family: 4 },
        { address: '10.0.0.7', family: 4 },
      ],
    ],
    ['a name that resolves to an IPv4-mapped loopback', [{ address: '::ffff:127.0.0.1', family: 6 }]],
  ])('%s', async (_, addresses) => {
    const before = requests();
    await expect(fetchPage(wire('news.example'), { ...limits, publicOnly: true, resolveHost: async () => addresses })).rejects.toThrow(
      /news\.example is not a public address/,
    );
    expect(requests()).toBe(before);
  });

  it('a name that does not resolve says so', async () => {
    const missing = async () => Promise.reject(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }));
    await expect(fetchPage(wire('gone.example'), { ...limits, publicOnly: true, resolveHost: missing })).rejects.toThrow(
      /gone\.example could not be found \(ENOTFOUND\)/,
    );
  });

  it('the same page is fetched when private addresses are allowed', async () => {
    const page = await fetchPage(`${base}/wire.txt`, limits);
    expect(new TextDecoder().decode(page.bytes)).toContain('Kestrel');
  });
});
