import { Inject, Injectable, Optional } from '@nestjs/common';
import { isJobHunterError, type AtsKind } from '@job-hunter/domain';
import { BoardHttpFactory, detectBoard } from '@job-hunter/job-boards';
import type { BoardHttp, ResponseCacheStore } from '@job-hunter/job-boards';
import { BoardResponseCacheRepository, CompanyProbeRepository } from '@job-hunter/persistence';
import type { StoredCompanyProbe } from '@job-hunter/persistence';
import { BOARD_PROBES, probeFits, type BoardProbe } from './board-probes';
import { companyNameKey } from './company-tiers';
import { slugCandidates } from './slug-candidates';

const DAY_MS = 86_400_000;
/** A found board stays valid for a month; a miss is retried sooner (the company may adopt a board). */
export const PROBE_FOUND_TTL_MS = 30 * DAY_MS;
export const PROBE_MISS_TTL_MS = 7 * DAY_MS;
const PROBE_TIMEOUT_MS = 10_000;

/** What the prober needs of the probe cache (the database repository, or a fake). */
export type ProbeCacheStore = Pick<CompanyProbeRepository, 'get' | 'put'>;

export interface ProbeRequest {
  name: string;
  /** A careers URL the model believed in; probed first when it names a supported board. */
  careersUrl?: string;
  /** The ATS the model guessed; probed first. */
  ats?: AtsKind;
  /** Board slugs the model guessed. */
  slugs?: readonly string[];
}

/** Where probe requests go: the same selection as the run's scrapes (contract §4). */
export interface ProbeOptions {
  snapshotDir?: string;
  recordSnapshotDir?: string;
  /** Ignore cached probe results and board answers (they are refreshed). */
  forceRescrape?: boolean;
  signal?: AbortSignal;
}

export interface FoundBoard {
  ats: AtsKind;
  board: string;
  careersUrl: string;
}

export interface ProbeOutcome {
  name: string;
  board: FoundBoard | null;
  /** True when the answer came from the probe cache (no request was made). */
  cached: boolean;
}

/**
 * Resolves a company name to a job board by asking the supported boards' list endpoints for
 * likely slugs. Outcomes are cached in the database by name; a miss is cached only when every
 * board answered clearly (a timeout or a 5xx proves nothing). A replayed snapshot bypasses the
 * cache both ways, so the recorded market alone decides.
 */
@Injectable()
export class BoardProber {
  constructor(
    private readonly httpFactory: BoardHttpFactory,
    @Optional() @Inject(CompanyProbeRepository) private readonly cache?: ProbeCacheStore,
    @Optional() @Inject(BoardResponseCacheRepository) private readonly responses?: ResponseCacheStore,
  ) {}

  async probe(request: ProbeRequest, options: ProbeOptions = {}): Promise<ProbeOutcome> {
    const key = companyNameKey(request.name);
    const useCache = this.cache && !options.snapshotDir && key !== '';
    if (useCache && !options.forceRescrape) {
      const hit = await this.cache?.get(key);
      if (hit && isFresh(hit)) return { name: request.name, board: toFound(hit), cached: true };
    }
    const http = this.httpFactory.create({
      snapshotDir: options.snapshotDir,
      recordSnapshotDir: options.recordSnapshotDir,
      forceRescrape: options.forceRescrape,
      cacheStore: this.responses,
    });
    const { board, conclusive } = await this.search(request, http, options.signal);
    if (useCache && (board || conclusive)) {
      await this.cache?.put({ key: key.slice(0, 200), name: request.name, board, checkedAt: new Date().toISOString() });
    }
    return { name: request.name, board, cached: false };
  }

  /** Probes several companies, `concurrency` at a time, in order. */
  async probeAll(
    requests: readonly ProbeRequest[],
    options: ProbeOptions = {},
    concurrency = 4,
  ): Promise<ProbeOutcome[]> {
    const out: ProbeOutcome[] = new Array(requests.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let i = next++; i < requests.length; i = next++)
        out[i] = await this.probe(requests[i] as ProbeRequest, options);
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, requests.length)) }, worker));
    return out;
  }

  private async search(
    request: ProbeRequest,
    http: BoardHttp,
    signal?: AbortSignal,
  ): Promise<{ board: FoundBoard | null; conclusive: boolean }> {
    let conclusive = true;
    for (const [probe, slug] of attempts(request)) {
      signal?.throwIfAborted();
      try {
        const options = { timeoutMs: PROBE_TIMEOUT_MS, signal };
        const url = probe.url(slug);
        const body = probe.format === 'text' ? await http.getText(url, options) : await http.getJson(url, options);
        if (probe.hasPostings(body))
          return { board: { ats: probe.ats, board: slug, careersUrl: probe.careersUrl(slug) }, conclusive };
      } catch (e) {
        if (signal?.aborted) throw e;
        // 404 means "no such board"; anything else (timeouts, 5xx, blocked hosts) leaves the answer open.
        if (!(isJobHunterError(e) && (e.code === 'BOARD_NOT_FOUND' || e.code === 'BOARD_MALFORMED')))
          conclusive = false;
      }
    }
    return { board: null, conclusive };
  }
}

/**
 * The (board, slug) pairs to try, most likely first: the model's own URL, then its ATS, then the
 * boards probed blind (a board asked only when named is asked only for the company that names it).
 */
export function attempts(request: ProbeRequest): Array<[BoardProbe, string]> {
  const pairs: Array<[BoardProbe, string]> = [];
  const push = (probe: BoardProbe | undefined, slug: string): void => {
    if (
      probe &&
      probeFits(probe, slug) &&
      !pairs.some(([p, s]) => p === probe && s.toLowerCase() === slug.toLowerCase())
    )
      pairs.push([probe, slug]);
  };
  const given = request.careersUrl ? detectBoard(request.careersUrl) : null;
  if (given)
    push(
      BOARD_PROBES.find((p) => p.ats === given.ats),
      given.board,
    );
  const order = BOARD_PROBES.filter((p) => p.blind || p.ats === request.ats).sort(
    (a, b) => Number(b.ats === request.ats) - Number(a.ats === request.ats),
  );
  for (const slug of slugCandidates(request.name, request.slugs ?? [])) for (const probe of order) push(probe, slug);
  return pairs;
}

function isFresh(hit: StoredCompanyProbe, now = Date.now()): boolean {
  const age = now - Date.parse(hit.checkedAt);
  return age >= 0 && age < (hit.board ? PROBE_FOUND_TTL_MS : PROBE_MISS_TTL_MS);
}

function toFound(hit: StoredCompanyProbe): FoundBoard | null {
  return hit.board ? { ats: hit.board.ats as AtsKind, board: hit.board.board, careersUrl: hit.board.careersUrl } : null;
}
