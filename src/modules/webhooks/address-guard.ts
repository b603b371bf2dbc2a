import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * SSRF protection: the addresses a webhook may never reach unless the operator allows private addresses —
 * "this host", loopback, RFC 1918 / unique-local private ranges, carrier-grade NAT, link-local (which holds the
 * cloud metadata address 169.254.169.254 and fd00:ec2::254's neighbours), benchmarking, multicast and reserved.
 */
const BLOCKED = new BlockList();
for (const [network, prefix] of [
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
  BLOCKED.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
  ['2001:db8::', 32],
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv6');
}

/** True when `address` (an IP literal) is in a blocked range; an IPv4-mapped IPv6 address is judged as its IPv4. */
export function isBlockedAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return BLOCKED.check(mapped[1]!, 'ipv4');
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family === 6) return BLOCKED.check(address, 'ipv6');
  return true; // not an address at all: refuse rather than guess
}

export class BlockedAddressError extends Error {
  override readonly name = 'BlockedAddressError';
  readonly code = 'EBLOCKEDADDRESS';
}

export function blockedMessage(host: string, address: string): string {
  return `${host} resolves to ${address}, a loopback/private/link-local address (WEBHOOK_ALLOW_PRIVATE_ADDRESSES is off)`;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
interface LookupOptions {
  all?: boolean;
  family?: number | string;
  hints?: number;
}

/**
 * A `lookup` for http(s).Agent: resolves like Node does, then refuses if ANY resolved address is blocked, so the
 * address checked is the address connected to (a DNS answer that changes after registration — rebinding — is caught
 * here). Node skips `lookup` for IP-literal hosts: the transport checks those itself (isBlockedAddress).
 */
export function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { family: options.family as 0 | 4 | 6 | undefined, hints: options.hints, all: true }, (error, addresses) => {
    if (error) return callback(error, '');
    const blocked = addresses.find((a) => isBlockedAddress(a.address));
    if (blocked) return callback(new BlockedAddressError(blockedMessage(hostname, blocked.address)), '');
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '');
    callback(null, first.address, first.family);
  });
}
