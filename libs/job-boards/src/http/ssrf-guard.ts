import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { LookupFunction } from 'node:net';
import { JobHunterError } from '@job-hunter/domain';
import { classifyAddress } from './address-verdict';

/**
 * Hosts (and their subdomains) of the job boards we read: the up-front check trusts them without DNS;
 * the connection's lookup still judges the addresses they resolve to.
 */
const KNOWN_BOARD_HOST_SUFFIXES: readonly string[] = [
  'greenhouse.io',
  'lever.co',
  'ashbyhq.com',
  'myworkdayjobs.com',
  'myworkdaysite.com',
  'smartrecruiters.com',
  'workable.com',
  'recruitee.com',
  'jobs.personio.de',
  'jobs.personio.com',
  'teamtailor.com',
  'bamboohr.com',
  'zohorecruit.com',
  'zohorecruit.in',
  'zohorecruit.eu',
  'zohorecruit.com.au',
  'zohorecruit.jp',
  'keka.com',
  'rippling.com',
  'oraclecloud.com',
  'successfactors.com',
  'successfactors.eu',
  'jobs.hr.cloud.sap',
  'jobs2web.com',
  'gem.com',
];

const METADATA_HOSTS = new Set(['metadata.google.internal', 'metadata', 'instance-data']);

export function isKnownBoardHost(host: string): boolean {
  const h = host.toLowerCase();
  return KNOWN_BOARD_HOST_SUFFIXES.some((s) => h === s || h.endsWith(`.${s}`));
}

export type Resolver = (host: string) => Promise<string[]>;

const systemResolver: Resolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((r) => r.address);

/**
 * Refuses requests that could reach the machine itself, a private network or a cloud metadata service.
 * `check` judges a URL up front; `lookup` is the one that counts for a connection: it resolves the
 * name once, at connect time, and hands the socket only addresses it has just judged, so a name
 * cannot resolve to a public address for the check and to a private one for the connection.
 */
export class SsrfGuard {
  constructor(
    private readonly allowLoopback: boolean,
    private readonly resolve: Resolver = systemResolver,
  ) {}

  /** Checks a URL before a request: scheme, metadata names, and every address the host has now. */
  async check(url: URL): Promise<void> {
    const host = this.checkWithoutDns(url);
    if (host === undefined || isKnownBoardHost(host)) return;
    this.assertAllowed(url.origin, await this.resolveHost(host), 'resolves to');
  }

  /**
   * The checks that need no DNS: scheme, metadata names and IP literals (a socket connects to a
   * literal without any lookup, so it must be judged here). Returns the host name still to resolve,
   * or undefined for a literal.
   */
  checkWithoutDns(url: URL): string | undefined {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw blocked(url.origin, `the ${url.protocol} scheme is not allowed`);
    }
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (METADATA_HOSTS.has(host)) throw blocked(url.origin, 'it is a cloud metadata service');
    if (!isIP(host)) return host;
    this.assertAllowed(url.origin, [host], 'is');
    return undefined;
  }

  /** A `net` lookup for the connection itself (board hosts included): resolve once, judge, hand back. */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    (isIP(host) ? Promise.resolve([host]) : this.resolveHost(host))
      .then((addresses) => {
        this.assertAllowed(host, addresses, isIP(host) ? 'is' : 'resolves to');
        const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
        const usable = addresses
          .map((address) => ({ address, family: isIP(address) }))
          .filter((a) => wanted === 0 || a.family === wanted);
        const first = usable[0];
        if (!first) throw blocked(host, `it has no IPv${wanted} address`);
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

  private assertAllowed(where: string, addresses: string[], verb: 'is' | 'resolves to'): void {
    if (addresses.length === 0) throw blocked(where, 'it resolves to no address');
    for (const address of addresses) {
      const verdict = classifyAddress(address);
      if (verdict === 'public' || (verdict === 'loopback' && this.allowLoopback)) continue;
      throw blocked(where, `it ${verb} the non-public address ${address}`);
    }
  }
}

function blocked(where: string, why: string): JobHunterError {
  return new JobHunterError(
    'HOST_BLOCKED',
    `Refused to fetch ${where}: ${why}. Job boards must be public hosts; use a snapshot for local data.`,
  );
}
