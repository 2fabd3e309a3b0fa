import { detectBoard } from '../job-board.registry';
import { GemClient } from './gem.client';

describe('Gem detection', () => {
  it.each([
    ['https://jobs.gem.com/acme', 'acme'],
    ['https://jobs.gem.com/acme/', 'acme'],
    ['https://jobs.gem.com/trojan-trading/am9icG9zdDrT7W4v', 'trojan-trading'],
    ['jobs.gem.com/acme?utm_source=x', 'acme'],
    ['https://api.gem.com/job_board/v0/acme/job_posts/', 'acme'],
    ['https://api.gem.com/job_board/v0/acme/job_posts', 'acme'],
  ])('%s → gem/%s', (url, board) => {
    expect(detectBoard(url)).toEqual({ ats: 'gem', board });
  });

  it.each([
    ['https://jobs.gem.com/'],
    ['https://jobs.gem.com/api/public/graphql/batch'],
    ['https://www.gem.com/careers'],
    ['https://gem.com/acme'],
    ['https://api.gem.com/v0/candidates'],
    ['https://api.gem.com/job_board/v0/reference'],
    ['https://jobs.gem.com.evil.example/acme'],
    ['https://boards.greenhouse.io/acme'],
  ])('%s is no Gem board', (url) => {
    expect(new GemClient().detect(new URL(url))).toBeNull();
  });

  it.each([
    ['https://jobs.evilgem.com/acme'],
    ['https://jobsgem.com/acme'],
    ['https://evil-gem.com/acme'],
    ['https://evil-jobs.gem.com/acme'],
    ['https://api.gem.com.evil.example/job_board/v0/acme/job_posts'],
    ['https://jobs.gem.com@evil.example/acme'],
  ])('%s only looks like Gem (its host is another domain): no Gem board', (url) => {
    expect(new GemClient().detect(new URL(url))).toBeNull();
    expect(detectBoard(url)?.ats).not.toBe('gem');
  });
});
