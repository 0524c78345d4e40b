import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP, LookupFunction } from 'node:net';

/**
 * Addresses a webhook may not reach unless the operator allows it: loopback, private networks,
 * link-local (cloud metadata endpoints live there), carrier-grade NAT, benchmarking, the
 * documentation ranges, multicast and reserved. Node's BlockList also matches an IPv4-mapped
 * IPv6 address (`::ffff:127.0.0.1`, `::ffff:7f00:1`) against these IPv4 rules.
 */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 3],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
/**
 * IPv6 ranges refused whole: besides IPv6's own private, link-local, multicast and documentation
 * ranges, every form that carries an IPv4 address inside it and leads to it by translation or
 * tunnel (IPv4-compatible `::/96`, 6to4, NAT64 and its local-use prefix, Teredo), since the
 * address inside may be private and nothing public needs a webhook sent that way.
 */
for (const [network, prefix] of [
  ['::', 96],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 32],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export type TargetProblem = 'INVALID_URL' | 'PRIVATE_ADDRESS' | 'UNRESOLVABLE_HOST';

/** An http(s) URL with a host and without credentials (they would end up in logs and the ledger). */
export function parseTargetUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url;
}

/** The host of a URL as `net` knows it: IPv6 literals without their brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** Checks a target when it is registered: every address its name resolves to must be public. */
export async function checkTarget(raw: string, allowPrivate: boolean): Promise<TargetProblem | null> {
  const url = parseTargetUrl(raw);
  if (!url) return 'INVALID_URL';
  if (allowPrivate) return null;
  const host = hostOf(url);
  if (isIP(host) !== 0) return isPrivateAddress(host) ? 'PRIVATE_ADDRESS' : null;
  try {
    const addresses = await lookup(host, { all: true });
    return addresses.some((address) => isPrivateAddress(address.address)) ? 'PRIVATE_ADDRESS' : null;
  } catch {
    return 'UNRESOLVABLE_HOST';
  }
}

/**
 * The resolver of each delivery's connection. A name that was public when registered may point
 * inside later (DNS rebinding), so the address actually connected to is checked every time.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error);
      if (!allowPrivate && addresses.some((address) => isPrivateAddress(address.address))) {
        return callback(Object.assign(new Error(`${hostname} resolves to a private address`), { code: 'EPRIVATEADDRESS' }));
      }
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  }) as unknown as LookupFunction;
}
