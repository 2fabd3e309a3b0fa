import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEMO_DIR } from '@job-hunter/testing';
import { parse as parseYaml } from 'yaml';

/** Where each ATS of the demo keeps a board: careers URL → snapshot file (contract sections 3 and 4). */
const BOARDS = {
  greenhouse: {
    careers: /^https:\/\/boards\.greenhouse\.io\/([^/]+)$/,
    careersUrl: (b: string) => `https://boards.greenhouse.io/${b}`,
    file: (b: string) => `boards-api.greenhouse.io/v1/boards/${b}/jobs.json`,
  },
  lever: {
    careers: /^https:\/\/jobs\.lever\.co\/([^/]+)$/,
    careersUrl: (b: string) => `https://jobs.lever.co/${b}`,
    file: (b: string) => `api.lever.co/v0/postings/${b}.json`,
  },
  ashby: {
    careers: /^https:\/\/jobs\.ashbyhq\.com\/([^/]+)$/,
    careersUrl: (b: string) => `https://jobs.ashbyhq.com/${b}`,
    file: (b: string) => `api.ashbyhq.com/posting-api/job-board/${b}.json`,
  },
} as const;

type Ats = keyof typeof BOARDS;

interface DemoCompany {
  name: string;
  careersUrl: string;
  industries?: string[];
  regions?: string[];
}

interface DemoBoard {
  company: DemoCompany;
  ats: Ats;
  board: string;
}

export interface ReplicatedMarket {
  companiesPath: string;
  snapshotDir: string;
  /** Companies per job-board API host, for the per-host bound. */
  perHost: Record<string, number>;
}

/**
 * The demo companies whose board answers in one request (Greenhouse, Lever, Ashby). The companies on
 * the boards added in issue 14 (several files per board: list and details, pages, a careers page)
 * are left out, so every replica still costs one job-board request and the benchmarks stay
 * comparable with their earlier runs.
 */
function demoBoards(): DemoBoard[] {
  const companies = parseYaml(fs.readFileSync(path.join(DEMO_DIR, 'companies.yaml'), 'utf8')) as DemoCompany[];
  return companies.flatMap((company) => {
    for (const ats of Object.keys(BOARDS) as Ats[]) {
      const board = BOARDS[ats].careers.exec(company.careersUrl)?.[1];
      if (board) return [{ company, ats, board }];
    }
    return [];
  });
}

/** Round-robin over the ATSs, so consecutive companies hit different hosts (as a real mixed list would). */
function interleaved(boards: DemoBoard[]): DemoBoard[] {
  const byAts = (Object.keys(BOARDS) as Ats[]).map((ats) => boards.filter((b) => b.ats === ats));
  const out: DemoBoard[] = [];
  for (let i = 0; out.length < boards.length; i++) {
    for (const list of byAts) {
      const board = list[i];
      if (board) out.push(board);
    }
  }
  return out;
}

/**
 * The demo market grown (or cut) to `size` companies: replica r of a demo company gets its own
 * name and board (its recorded answer copied under the new board), so nothing de-duplicates
 * across replicas and every company costs one job-board request, as in the demo.
 */
export function replicateDemoMarket(size: number, dir: string): ReplicatedMarket {
  const boards = interleaved(demoBoards());
  const snapshotDir = path.join(dir, 'snapshot');
  const companies: DemoCompany[] = [];
  const perHost: Record<string, number> = {};
  for (let i = 0; i < size; i++) {
    const demo = boards[i % boards.length] as DemoBoard;
    const replica = Math.floor(i / boards.length) + 1;
    const board = `${demo.board.replace(/[^A-Za-z0-9]/g, '').toLowerCase()}r${replica}`;
    const spec = BOARDS[demo.ats];
    const target = path.join(snapshotDir, spec.file(board));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(DEMO_DIR, 'snapshot', spec.file(demo.board)), target);
    companies.push({ ...demo.company, name: `${demo.company.name} ${replica}`, careersUrl: spec.careersUrl(board) });
    const host = spec.file(board).split('/')[0] as string;
    perHost[host] = (perHost[host] ?? 0) + 1;
  }
  const companiesPath = path.join(dir, 'companies.json');
  fs.writeFileSync(companiesPath, JSON.stringify(companies, null, 2));
  return { companiesPath, snapshotDir, perHost };
}
