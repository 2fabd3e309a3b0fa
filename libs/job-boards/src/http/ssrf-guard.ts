import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { JobHunterError } from '@job-hunter/domain';

/** Hosts (and their subdomains) of the job boards we read; they are trusted without a DNS check. */
export const KNOWN_BOARD_HOST_SUFFIXES: readonly string[] = [
  'greenhouse.io',
  'lever.co',
  'ashbyhq.com',
  'myworkdayjobs.com',
  'myworkdaysite.com',
  'smartrecruiters.com',
  'workable.com',
  'recruitee.com',
];

const METADATA_HOSTS = new Set(['metadata.google.internal', 'metadata', 'instance-data']);

export function isKnownBoardHost(host: string): boolean {
  const h = host.toLowerCase();
  return KNOWN_BOARD_HOST_SUFFIXES.some((s) => h === s || h.endsWith(`.${s}`));
}

export type AddressVerdict = 'public' | 'loopback' | 'blocked';

/**
 * Classifies one IP address literal with ipaddr.js: only its 'unicast' range is public; loopback is
 * reported apart (the caller decides); IPv4-mapped IPv6 is judged as its IPv4 address; NAT64,
 * 6to4, IPv4-translated, Teredo and IPv4-compatible (::/96) forms are refused outright.
 */
export function classifyAddress(address: string): AddressVerdict {
  const literal = address.replace(/^\[|\]$/g, '');
  if (!isIP(literal.replace(/%.*$/, ''))) return 'blocked';
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(literal);
  } catch {
    return 'blocked';
  }
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) return classifyAddress(v6.toIPv4Address().toString());
    const range = v6.range();
    if (range === 'loopback') return 'loopback';
    // Every special range is refused, among them NAT64 (rfc6052), 6to4, IPv4-translated (rfc6145) and Teredo.
    if (range !== 'unicast') return 'blocked';
    if (v6.parts.slice(0, 6).every((p) => p === 0)) return 'blocked'; // ::/96, IPv4-compatible
    return 'public';
  }
  const range = parsed.range();
  if (range === 'loopback') return 'loopback';
  return range === 'unicast' ? 'public' : 'blocked';
}

export type Resolver = (host: string) => Promise<string[]>;

const systemResolver: Resolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((r) => r.address);

/** Refuses requests that could reach the machine itself, a private network or a cloud metadata service. */
export class SsrfGuard {
  constructor(
    private readonly allowLoopback: boolean,
    private readonly resolve: Resolver = systemResolver,
  ) {}

  /** Checks a URL before a request: scheme, metadata names, and every address the host has now. */
  async check(url: URL): Promise<void> {
    const host = this.checkWithoutDns(url);
    if (host === undefined || isKnownBoardHost(host)) return;
    this.assertAllowed(url, await this.resolveHost(host));
  }

  /**
   * The checks that need no DNS: scheme, metadata names and IP literals. Returns the host name
   * still to resolve, or undefined for a literal. For a connection made with `lookup`, this is the
   * whole pre-check: the name is resolved once, at connect time, and its addresses checked there.
   */
  checkWithoutDns(url: URL): string | undefined {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw blocked(url, `the ${url.protocol} scheme is not allowed`);
    }
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (METADATA_HOSTS.has(host)) throw blocked(url, 'it is a cloud metadata service');
    if (!isIP(host)) return host;
    this.assertAllowed(url, [host]);
    return undefined;
  }

  /**
   * A `net` lookup for the connection itself: resolves once, refuses the host if any address is
   * not allowed, and hands back only checked addresses, so DNS cannot change between check and connect.
   */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const url = new URL(`http://${isIP(host) === 6 ? `[${host}]` : host}`);
    (isIP(host) ? Promise.resolve([host]) : this.resolveHost(host))
      .then((addresses) => {
        this.assertAllowed(url, addresses);
        const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
        const usable = addresses
          .map((address) => ({ address, family: isIP(address) }))
          .filter((a) => wanted === 0 || a.family === wanted);
        const first = usable[0];
        if (!first) throw blocked(url, `it has no IPv${wanted} address`);
        if (options.all) callback(null, usable);
        else callback(null, first.address, first.family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, '', 0));
  };

  private async resolveHost(host: string): Promise<string[]> {
    try {
      return await this.resolve(host);
    } catch (cause) {
      throw new JobHunterError('BOARD_HTTP_ERROR', `Cannot resolve ${host}: check the careers URL and the network.`, {
        cause,
      });
    }
  }

  private assertAllowed(url: URL, addresses: string[]): void {
    if (addresses.length === 0) throw blocked(url, 'it resolves to no address');
    for (const address of addresses) {
      const verdict = classifyAddress(address);
      if (verdict === 'public' || (verdict === 'loopback' && this.allowLoopback)) continue;
      throw blocked(url, `it resolves to the non-public address ${address}`);
    }
  }
}

function blocked(url: URL, why: string): JobHunterError {
  return new JobHunterError(
    'HOST_BLOCKED',
    `Refused to fetch ${url.origin}: ${why}. Job boards must be public hosts; use a snapshot for local data.`,
  );
}
