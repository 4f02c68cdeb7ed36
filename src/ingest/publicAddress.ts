import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { IngestError } from './types.js';

/** Addresses no public web page lives at: loopback, private networks, link-local (cloud metadata), CGNAT, multicast. */
const NOT_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) {
  NOT_PUBLIC.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) {
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

/**
 * Refuses a link whose host is, or resolves to, a non-public address, so a
 * link given in Discord cannot make the bot read its own network. (A host
 * that changes its DNS answer between this check and the fetch is not caught.)
 */
export async function assertPublicHost(url: URL): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true })).map((a) => a.address);
    } catch (err) {
      throw new IngestError(`${url.host} could not be found (${(err as NodeJS.ErrnoException).code ?? 'DNS error'})`);
    }
  }
  if (!addresses.length || addresses.some((a) => !isPublicAddress(a))) {
    throw new IngestError(`${url.host} is not a public address; only links to public web pages can be added here`);
  }
}
