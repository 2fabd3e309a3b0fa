import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

export type AddressVerdict = 'public' | 'loopback' | 'blocked';

/**
 * Classifies one IP address literal (brackets and an IPv6 zone allowed) with ipaddr.js, whose
 * range tables are maintained, instead of hand-kept CIDR lists: only the 'unicast' range is public.
 * Loopback is reported apart because the caller decides (JH_ALLOW_LOOPBACK). An IPv4-mapped IPv6
 * address (`::ffff:7f00:1`, the way Node's URL parser writes `[::ffff:127.0.0.1]`) is judged as
 * its IPv4 address. Forms that embed an IPv4 address to be reached through a translator or tunnel
 * (IPv4-translated, NAT64 64:ff9b::/96, 6to4 2002::/16, Teredo) are special ranges and refused,
 * and so is the IPv4-compatible ::/96, which ipaddr.js files under unicast.
 */
export function classifyAddress(address: string): AddressVerdict {
  // The zone of a link-local address names an interface, not a different address.
  const literal = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  // ipaddr.js also reads '127.1' or '0177.0.0.1'; only what the system itself calls an IP is judged.
  const family = isIP(literal);
  if (!family) return 'blocked';
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // An IPv6 address is judged as Node's URL parser writes it: ipaddr.js reads '::127.0.0.1' as
    // mapped (::ffff:7f00:1) where it is IPv4-compatible (::7f00:1).
    parsed = ipaddr.parse(family === 6 ? new URL(`http://[${literal}]/`).hostname.slice(1, -1) : literal);
  } catch {
    return 'blocked';
  }
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) return classifyAddress(v6.toIPv4Address().toString());
    if (v6.parts.slice(0, 6).every((part) => part === 0) && v6.range() !== 'loopback') return 'blocked';
  }
  const range = parsed.range();
  if (range === 'loopback') return 'loopback';
  return range === 'unicast' ? 'public' : 'blocked';
}
