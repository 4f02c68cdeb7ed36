import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { IngestError } from './types.js';

/** Addresses no public web page lives at: loopback, private networks, link-local (cloud metadata), CGNAT, multicast. */
const NOT_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NOT_PUBLIC.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NOT_PUBLIC.addSubnet(net, prefix, 'ipv6');
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !NOT_PUBLIC.check(address, 'ipv4');
  if (family !== 6) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPublicAddress(mapped[1]!);
  return !NOT_PUBLIC.check(address, 'ipv6');
}

/** How host names are resolved: every address a name has. Tests substitute their own. */
export type ResolveHost = (host: string) => Promise<Array<{ address: string; family: number }>>;

const resolveWithDns: ResolveHost = (host) => lookup(host, { all: true });

const notPublic = (host: string) => new IngestError(`${host} is not a public address; only links to public web pages can be added here`);

/**
 * Refuses a link whose host is written as a non-public address. Hosts given
 * by name are checked as they are connected to (publicOnlyLookup).
 */
export function assertPublicHost(url: URL): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !isPublicAddress(host)) throw notPublic(url.host);
}

type LookupCallback = (err: Error | null, address: string | Array<{ address: string; family: number }>, family?: number) => void;

/**
 * A `lookup` for the sockets that fetch a link: the name is resolved once, and
 * the connection goes to the very addresses checked, so a link given in
 * Discord cannot make the bot read its own network, not even through a name
 * whose DNS answer changes between a check and the connection.
 */
export function publicOnlyLookup(resolve: ResolveHost = resolveWithDns) {
  return (hostname: string, options: { family?: number | string; all?: boolean }, callback: LookupCallback): void => {
    resolve(hostname).then(
      (found) => {
        if (found.some((a) => !isPublicAddress(a.address))) return callback(notPublic(hostname), '');
        const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : Number(options.family) || 0;
        const usable = family ? found.filter((a) => a.family === family) : found;
        if (!usable.length) return callback(new IngestError(`${hostname} could not be found (no address)`), '');
        if (options.all) return callback(null, usable);
        return callback(null, usable[0]!.address, usable[0]!.family);
      },
      // A name that does not exist (ENOTFOUND) stays so; a DNS server that did not answer (EAI_AGAIN, a timeout) may next time.
      (err: NodeJS.ErrnoException) =>
        callback(new IngestError(`${hostname} could not be found (${err.code ?? 'DNS error'})`, err.code !== 'ENOTFOUND' && err.code !== 'ENODATA'), ''),
    );
  };
}
