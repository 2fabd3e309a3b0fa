import { Injectable } from '@nestjs/common';
import { JobHunterError } from '@job-hunter/domain';
import type { BoardFetchResult, BoardTarget, JobBoardClient } from '../job-board-client';
import { withInvalid } from '../job-board-client';
import type { BoardHttp } from '../http/http.types';
import { expectObjectWithArray } from '../shared/payload';
import { mapRecruiteeOffers } from './recruitee.mapper';
import type { RecruiteeOffer } from './recruitee.types';

/** recruitee.com subdomains that are Recruitee's own sites, not a company's careers site. */
const NOT_COMPANIES = new Set(['www', 'app', 'api', 'docs', 'blog', 'help', 'support', 'status', 'developers']);
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

@Injectable()
export class RecruiteeClient implements JobBoardClient {
  readonly ats = 'recruitee' as const;

  detect(url: URL): { board: string } | null {
    const sub = /^([^.]+)\.recruitee\.com$/.exec(url.hostname.toLowerCase())?.[1];
    return sub && SLUG.test(sub) && !NOT_COMPANIES.has(sub) ? { board: sub } : null;
  }

  async fetchJobs(target: BoardTarget, http: BoardHttp, signal?: AbortSignal): Promise<BoardFetchResult> {
    const slug = target.board.trim().toLowerCase();
    if (!SLUG.test(slug)) {
      throw new JobHunterError(
        'INVALID_INPUT',
        `"${target.board}" is not a Recruitee company slug; use the part before .recruitee.com of the careers URL.`,
      );
    }
    const url = `https://${slug}.recruitee.com/api/offers/`;
    const body = await http.getJson(url, { timeoutMs: 20_000, signal });
    const offers = expectObjectWithArray<RecruiteeOffer>(body, 'offers', url);
    return withInvalid(mapRecruiteeOffers(offers.items, target, new Date().toISOString()), offers.invalid);
  }
}
