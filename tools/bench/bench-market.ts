import type { Company } from '@job-hunter/domain';

/** The benchmark's job market: how many companies, jobs per board, and the latency of every answer. */
export interface BenchMarket {
  companies: number;
  jobs: number;
  latencyMs: number;
}

export type BenchAts = 'greenhouse' | 'lever' | 'ashby';

export interface BenchCompany extends Company {
  ats: BenchAts;
  board: string;
}

const ATS_CYCLE: readonly BenchAts[] = ['greenhouse', 'lever', 'ashby'];

const CAREERS_URL: Record<BenchAts, (board: string) => string> = {
  greenhouse: (b) => `https://boards.greenhouse.io/${b}`,
  lever: (b) => `https://jobs.lever.co/${b}`,
  ashby: (b) => `https://jobs.ashbyhq.com/${b}`,
};

/** Companies cycling through Greenhouse, Lever and Ashby, one board each. */
export function benchCompanies(market: BenchMarket): BenchCompany[] {
  return Array.from({ length: market.companies }, (_, i) => {
    const ats = ATS_CYCLE[i % ATS_CYCLE.length] as BenchAts;
    const board = `bench${String(i).padStart(4, '0')}`;
    return { name: `Bench Co ${i}`, careersUrl: CAREERS_URL[ats](board), ats, board };
  });
}

/** What the forked board server tells the benchmark. */
export type ServerMessage = { kind: 'ready'; url: string } | { kind: 'requests'; perHost: Record<string, number> };
