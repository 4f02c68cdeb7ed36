import { Agent, fetch } from 'undici';
import { assertPublicHost, publicOnlyLookup, type ResolveHost } from './publicAddress.js';
import { IngestError } from './types.js';

export interface FetchLimits {
  /** The whole exchange, redirects and body included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Refuse hosts that are or resolve to loopback, private or link-local addresses, at every redirect. */
  publicOnly?: boolean;
  /** How host names are resolved when publicOnly is set (tests substitute it); DNS by default. */
  resolveHost?: ResolveHost;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

export interface FetchedPage {
  /** The address after redirects. */
  url: string;
  contentType: string;
  bytes: Uint8Array;
  /** 200-299, or 304 when a conditional request found the page unchanged (then no bytes). */
  status: number;
  /** The validators to send next time (ETag, Last-Modified), when the server gave them. */
  etag: string | null;
  lastModified: string | null;
}

/** What a request adds to a plain GET: what it accepts, and the validators of a conditional request (a feed poll). */
export interface PageRequest {
  accept?: string;
  etag?: string | null;
  lastModified?: string | null;
}

const PAGE_ACCEPT = 'text/html,application/xhtml+xml,text/plain,text/markdown;q=0.9,*/*;q=0.1';

/** Parses a link and accepts only http and https. */
export function parseHttpUrl(link: string): URL {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new IngestError(`"${link}" is not a valid link`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IngestError(`only http and https links can be added (got ${url.protocol.replace(/:$/, '')})`);
  }
  return url;
}

/**
 * Fetches a page with a time limit, a size limit and a bounded number of
 * redirects, each of which must stay on http(s). Any failure is an IngestError.
 */
export async function fetchPage(link: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS, request: PageRequest = {}): Promise<FetchedPage> {
  let url = parseHttpUrl(link);
  const visited = new Set<string>();
  const headers: Record<string, string> = { accept: request.accept ?? PAGE_ACCEPT };
  if (request.etag) headers['if-none-match'] = request.etag;
  if (request.lastModified) headers['if-modified-since'] = request.lastModified;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const seconds = `${limits.timeoutMs / 1000} s`;
  // Names are resolved and checked as each connection is made, redirects included.
  const dispatcher = limits.publicOnly ? new Agent({ connect: { lookup: publicOnlyLookup(limits.resolveHost) } }) : undefined;
  try {
    for (let hop = 0; ; hop++) {
      if (limits.publicOnly) assertPublicHost(url);
      visited.add(String(url));
      const response = await fetch(url, { redirect: 'manual', signal, dispatcher, headers });
      const validators = { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
      if (response.status === 304 && (request.etag || request.lastModified)) {
        await response.body?.cancel();
        return { url: String(url), contentType: '', bytes: new Uint8Array(), status: 304, ...validators };
      }
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        const next = parseHttpUrl(new URL(response.headers.get('location')!, url).toString());
        if (visited.has(String(next))) throw new IngestError(`${link} redirects in a loop (back to ${next})`);
        if (hop >= limits.maxRedirects) throw new IngestError(`${link} redirects more than ${limits.maxRedirects} times`);
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new IngestError(`${url} answered ${response.status} ${response.statusText}`.trim(), isTransientStatus(response.status));
      }
      const declared = Number(response.headers.get('content-length'));
      if (declared > limits.maxBytes) {
        await response.body?.cancel();
        throw new IngestError(`${url} is ${declared} bytes; a page may be at most ${limits.maxBytes}`);
      }
      const bytes = await readCapped(response, limits.maxBytes, String(url));
      return { url: String(url), contentType: response.headers.get('content-type') ?? '', bytes, status: response.status, ...validators };
    }
  } catch (err) {
    if (err instanceof IngestError) throw err;
    if (signal.aborted) throw new IngestError(`${link} did not answer within ${seconds}`, true);
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    if (cause instanceof IngestError) throw cause;
    // Refused, reset or timed out: worth another try later; a name that does not exist is not.
    throw new IngestError(`${link} could not be reached (${cause?.code ?? cause?.message ?? (err as Error).message})`, cause?.code !== 'ENOTFOUND');
  } finally {
    void dispatcher?.close();
  }
}

async function readCapped(response: Awaited<ReturnType<typeof fetch>>, maxBytes: number, url: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new IngestError(`${url} is larger than ${maxBytes} bytes, the most a page may be`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

/** Decodes page bytes with the charset the header or the page declares, UTF-8 otherwise. */
export function decodePage(bytes: Uint8Array, contentType: string): string {
  const declared =
    /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)))?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** A status that says "not now" rather than "never": the server's trouble (5xx), a timeout (408), too many requests (429). */
export function isTransientStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}
