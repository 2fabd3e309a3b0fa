import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
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

function ipv4ToInt(ip: string): number {
  return ip.split('.').reduce((acc, part) => (acc << 8) + Number(part), 0) >>> 0;
}

function inV4(ip: number, cidr: string, bits: number): boolean {
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return (ip & mask) === (ipv4ToInt(cidr) & mask);
}

const BLOCKED_V4: ReadonlyArray<[string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // CGNAT
  ['169.254.0.0', 16], // link-local, includes the cloud metadata address
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

export type AddressVerdict = 'public' | 'loopback' | 'blocked';

/** Classifies one IP address literal. */
export function classifyAddress(address: string): AddressVerdict {
  const family = isIP(address);
  if (family === 4) {
    const n = ipv4ToInt(address);
    if (inV4(n, '127.0.0.0', 8)) return 'loopback';
    return BLOCKED_V4.some(([cidr, bits]) => inV4(n, cidr, bits)) ? 'blocked' : 'public';
  }
  if (family === 6) {
    const a = address.toLowerCase().replace(/^\[|\]$/g, '');
    if (a === '::1') return 'loopback';
    if (a === '::') return 'blocked';
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
    if (mapped?.[1]) return classifyAddress(mapped[1]);
    const first = parseInt(a.split(':')[0] || '0', 16);
    if ((first & 0xfe00) === 0xfc00) return 'blocked'; // fc00::/7 unique local
    if ((first & 0xffc0) === 0xfe80) return 'blocked'; // fe80::/10 link-local
    if ((first & 0xff00) === 0xff00) return 'blocked'; // multicast
    return 'public';
  }
  return 'blocked';
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

  async check(url: URL): Promise<void> {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw blocked(url, `the ${url.protocol} scheme is not allowed`);
    }
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (METADATA_HOSTS.has(host)) throw blocked(url, 'it is a cloud metadata service');
    if (isKnownBoardHost(host)) return;
    let addresses: string[];
    try {
      addresses = isIP(host) ? [host] : await this.resolve(host);
    } catch (cause) {
      throw new JobHunterError('BOARD_HTTP_ERROR', `Cannot resolve ${host}: check the careers URL and the network.`, {
        cause,
      });
    }
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
