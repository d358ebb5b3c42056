import { BlockList, isIP } from 'node:net';

/**
 * Address ranges a webhook may never reach: this machine, private and shared networks, link-local (where cloud
 * metadata services answer), documentation, benchmarking, multicast and reserved ranges (IANA special-purpose
 * registries). Letting an agency register one would let it make the notifications service call into the
 * justice network on its behalf (server-side request forgery).
 */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** An IPv4 address written inside IPv6 (::ffff:10.0.0.1), which reaches the IPv4 address. */
function embeddedIpv4(address: string): string | null {
  const match = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return match?.[1] ?? null;
}

/** Whether an IP address is on this machine (127.0.0.0/8, ::1). */
export function isLoopbackAddress(address: string): boolean {
  const v4 = embeddedIpv4(address);
  if (v4) return LOOPBACK.check(v4, 'ipv4');
  const family = isIP(address);
  return family !== 0 && LOOPBACK.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Whether an IP address is on the public internet: none of the ranges above. Not an address: false. */
export function isPublicAddress(address: string): boolean {
  const v4 = embeddedIpv4(address);
  if (v4) return !NOT_PUBLIC.check(v4, 'ipv4');
  const family = isIP(address);
  if (family === 0) return false;
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Whether a webhook may connect to an address: a public one, or this machine where the deployment allows it. */
export function isAllowedWebhookAddress(address: string, allowLoopback: boolean): boolean {
  return isPublicAddress(address) || (allowLoopback && isLoopbackAddress(address));
}
