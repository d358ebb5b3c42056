import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

const SOCKET_TABLES = ['tcp', 'tcp6', 'udp', 'udp6'];

// /proc/net prints each 32-bit word of an address in the host's (little-endian) byte order.
function wordBytes(hex: string): number[] {
  const bytes = [0, 2, 4, 6].map((offset) => parseInt(hex.slice(offset, offset + 2), 16));
  return bytes.reverse();
}

/** An address of /proc/net/{tcp,udp}[6] ("0100007F:1F90") as text ("127.0.0.1", or eight IPv6 groups). */
function decodeAddress(entry: string): string {
  const [hex = ''] = entry.split(':');
  const bytes = hex.match(/.{8}/g)?.flatMap(wordBytes) ?? [];
  if (bytes.length === 4) return bytes.join('.');
  const groups = [];
  for (let index = 0; index < bytes.length; index += 2) {
    groups.push((((bytes[index] ?? 0) << 8) | (bytes[index + 1] ?? 0)).toString(16));
  }
  return groups.join(':');
}

/**
 * The peer addresses of every TCP and UDP socket a process holds open, read from /proc (Linux): what a native
 * binary, which no Node trap can be preloaded into, is connected to at this moment. A listening or unconnected
 * socket's peer is the unset address (0.0.0.0, or 0:0:0:0:0:0:0:0).
 */
export function peerAddressesOf(pid: number): string[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    let target = '';
    try {
      target = readlinkSync(`/proc/${pid}/fd/${fd}`);
    } catch {
      continue; // closed while being read
    }
    const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
    if (inode) inodes.add(inode);
  }
  return SOCKET_TABLES.flatMap((table) =>
    readFileSync(`/proc/${pid}/net/${table}`, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
      .filter((fields) => inodes.has(fields[9] ?? ''))
      .map((fields) => decodeAddress(fields[2] ?? '')),
  );
}

/** Whether an address from peerAddressesOf is loopback or unset: nothing beyond the machine. */
export function staysOnTheMachine(address: string): boolean {
  if (address.includes('.')) return address.startsWith('127.') || address === '0.0.0.0';
  const groups = address.split(':');
  const leading = groups.slice(0, 5).every((group) => group === '0');
  // ::, ::1, and IPv4-mapped loopback (::ffff:127.x.x.x)
  return (
    (leading && groups[5] === '0' && ['0', '1'].includes(groups[7] ?? '') && groups[6] === '0') ||
    (leading && groups[5] === 'ffff' && (groups[6] ?? '').length === 4 && (groups[6] ?? '').startsWith('7f'))
  );
}
