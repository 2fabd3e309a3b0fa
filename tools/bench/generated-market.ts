/**
 * A generated job market of any size with real-sized text: every posting is a real Ashby posting from
 * ../shared/fixtures/real-market (its description, HTML and plain, its locations and pay) under a new
 * company, id and URL, and with a varied title, written as a snapshot directory and companies file the
 * CLI reads offline. Boards hold 25 jobs, about the real market's average.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES, type MarketDir } from './cli-run';

const REAL_BOARDS = path.join(FIXTURES, 'real-market/snapshot/api.ashbyhq.com/posting-api/job-board');
const JOBS_PER_BOARD = 25;
const LEVELS = ['', 'Senior ', 'Staff ', 'Lead ', 'Junior ', 'Principal '];
const TEAMS = ['', ', Platform', ', Payments', ', Growth', ' (Remote)', ', Data', ', EMEA', ', Americas'];

type Posting = Record<string, unknown> & { id: string; title: string };

function realPostings(): Posting[] {
  return fs
    .readdirSync(REAL_BOARDS)
    .sort()
    .flatMap((f) => (JSON.parse(fs.readFileSync(path.join(REAL_BOARDS, f), 'utf8')) as { jobs: Posting[] }).jobs)
    .filter((p) => p.isListed !== false);
}

/** A small deterministic generator (mulberry32), so every run of a size gets the same market. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `jobs` postings under `dir` and returns where the CLI finds them. */
export function writeGeneratedMarket(dir: string, jobs: number): MarketDir {
  const postings = realPostings();
  const pick = random(jobs);
  const boards = path.join(dir, 'snapshot/api.ashbyhq.com/posting-api/job-board');
  fs.mkdirSync(boards, { recursive: true });
  const companies: Array<{ name: string; careersUrl: string }> = [];
  for (let b = 0; b * JOBS_PER_BOARD < jobs; b++) {
    const board = `gen${String(b).padStart(5, '0')}`;
    const count = Math.min(JOBS_PER_BOARD, jobs - b * JOBS_PER_BOARD);
    const list = Array.from({ length: count }, (_, j) => {
      const real = postings[Math.floor(pick() * postings.length)] as Posting;
      const id = `${board}-${j}`;
      const level = LEVELS[Math.floor(pick() * LEVELS.length)] ?? '';
      const team = TEAMS[Math.floor(pick() * TEAMS.length)] ?? '';
      const title = `${level}${real.title.replace(/^(?:Senior|Staff|Lead|Junior|Principal)\s+/i, '')}${team}`;
      return { ...real, id, title, jobUrl: `https://jobs.ashbyhq.com/${board}/${id}`, applyUrl: undefined };
    });
    fs.writeFileSync(path.join(boards, `${board}.json`), JSON.stringify({ jobs: list }));
    companies.push({ name: `Generated Co ${b}`, careersUrl: `https://jobs.ashbyhq.com/${board}` });
  }
  const companiesFile = path.join(dir, 'companies.json');
  fs.writeFileSync(companiesFile, JSON.stringify(companies));
  return { companies: companiesFile, snapshot: path.join(dir, 'snapshot') };
}
