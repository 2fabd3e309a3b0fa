import { defaultJobBoardClients } from '../job-board-clients';
import type { PageScan } from './careers-browser';
import { embeddedBoards, jobLinkCandidates, sameSite } from './page-links';

const boards = defaultJobBoardClients().filter((c) => c.ats !== 'careers-page');
const scan = (over: Partial<PageScan>): PageScan => ({
  url: 'https://www.acme.com/careers',
  status: 200,
  jsonLd: [],
  links: [],
  embeds: [],
  ...over,
});

describe('embeddedBoards', () => {
  it('finds Greenhouse embeds (script, iframe), Lever, Ashby and Workable links, most mentioned first', () => {
    const found = embeddedBoards(
      scan({
        embeds: [
          'https://boards.greenhouse.io/embed/job_board/js?for=acme',
          'https://job-boards.greenhouse.io/embed/job_board?for=acme&b=https%3A%2F%2Fwww.acme.com%2Fcareers',
          'https://jobs.ashbyhq.com/acme/embed?version=2',
          'https://www.googletagmanager.com/gtm.js?id=GTM-1',
        ],
        links: [
          '/careers?gh_jid=4000001',
          'https://jobs.eu.lever.co/acme/0000-1',
          'https://apply.workable.com/acme/j/ABC/',
          'https://www.acme.com/about',
        ],
      }),
      boards,
    );
    expect(found.map((b) => [b.ats, b.board, b.mentions])).toEqual([
      ['greenhouse', 'acme', 2],
      ['ashby', 'acme', 1],
      ['lever', 'acme', 1],
      ['workable', 'acme', 1],
    ]);
    expect(found.find((b) => b.ats === 'lever')?.foundIn).toBe('https://jobs.eu.lever.co/acme/0000-1');
  });

  it('finds nothing on a page without boards, and a gh_jid link alone names no board', () => {
    expect(embeddedBoards(scan({ links: ['/careers?gh_jid=123', '/team'] }), boards)).toEqual([]);
  });
});

describe('jobLinkCandidates', () => {
  it('keeps same-site job pages below the careers page or with a job word, without files, filters or known pages', () => {
    const links = [
      'https://www.acme.com/careers/backend-engineer',
      'https://www.acme.com/careers/backend-engineer#apply',
      'https://www.acme.com/careers?team=eng',
      'https://www.acme.com/careers/',
      'https://www.acme.com/jobs/42',
      'https://jobs.acme.com/position/7',
      'https://www.acme.com/about',
      'https://www.acme.com/careers/handbook.pdf',
      'https://other.example/careers/x',
      'mailto:jobs@acme.com',
      'https://www.acme.com/careers/known',
    ];
    const out = jobLinkCandidates(scan({ links }), new Set(['https://www.acme.com/careers/known']), 50);
    expect(out.map((u) => u.href)).toEqual([
      'https://www.acme.com/careers/backend-engineer',
      'https://www.acme.com/jobs/42',
      'https://jobs.acme.com/position/7',
    ]);
    expect(jobLinkCandidates(scan({ links }), new Set(), 1)).toHaveLength(1);
  });

  it('tells sites apart by registrable domain', () => {
    expect(sameSite('careers.acme.co.uk', 'www.acme.co.uk')).toBe(true);
    expect(sameSite('acme.co.uk', 'other.co.uk')).toBe(false);
    expect(sameSite('jobs.acme.com', 'acme.com')).toBe(true);
    expect(sameSite('127.0.0.1', '127.0.0.2')).toBe(false);
  });
});
