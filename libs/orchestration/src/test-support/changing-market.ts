// Test support: a copy of the demo's replayed market whose Greenhouse boards a test changes between
// the runs of a saved search (a posting taken down, one retitled, two new ones).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ResultJob } from '@job-hunter/domain';
import { DEMO_DIR } from '@job-hunter/testing';

interface GreenhousePosting {
  id: number;
  internal_job_id?: number;
  absolute_url: string;
  title: string;
}

/** What `change` did, by apply URL. */
export interface MarketChange {
  gone: string;
  retitled: { url: string; title: string };
  added: string[];
}

const BOARDS = path.join('boards-api.greenhouse.io', 'v1', 'boards');
const jobIdOf = (url: string): number | undefined => {
  const id = /(?:gh_jid=|\/jobs\/)(\d+)/.exec(url)?.[1];
  return id === undefined ? undefined : Number(id);
};

export class ChangingMarket {
  constructor(readonly dir: string) {
    fs.cpSync(path.join(DEMO_DIR, 'snapshot'), dir, { recursive: true });
  }

  /**
   * From the Greenhouse jobs a run shortlisted: takes the first down, retitles the second, and posts
   * a sibling of each of the next two under a new id, apply URL and title.
   */
  change(shortlist: readonly ResultJob[]): MarketChange {
    const picked = shortlist.filter((j) => jobIdOf(j.applyUrl) !== undefined).slice(0, 4);
    const [gone, retitled, ...templates] = picked;
    if (!gone || !retitled || templates.length < 2) throw new Error('the run shortlisted fewer than 4 Greenhouse jobs');
    const change: MarketChange = {
      gone: gone.applyUrl,
      retitled: { url: retitled.applyUrl, title: `${retitled.title} (Platform)` },
      added: [],
    };
    this.edit((postings) =>
      postings.flatMap((p) => {
        if (p.id === jobIdOf(gone.applyUrl)) return [];
        if (p.id === jobIdOf(retitled.applyUrl)) return [{ ...p, title: change.retitled.title }];
        if (!templates.some((t) => jobIdOf(t.applyUrl) === p.id)) return [p];
        const id = p.id + 900_000;
        const url = p.absolute_url.replace(String(p.id), String(id));
        change.added.push(url);
        return [p, { ...p, id, internal_job_id: id, absolute_url: url, title: `${p.title}, Expansion Team` }];
      }),
    );
    return change;
  }

  private edit(postings: (jobs: GreenhousePosting[]) => GreenhousePosting[]): void {
    for (const board of fs.readdirSync(path.join(this.dir, BOARDS))) {
      const file = path.join(this.dir, BOARDS, board, 'jobs.json');
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { jobs: GreenhousePosting[] };
      fs.writeFileSync(file, JSON.stringify({ ...data, jobs: postings(data.jobs) }));
    }
  }
}
