import type { BoardHttp } from '../http/http.types';
import { detectBoard } from '../job-board.registry';
import { RecruiteeClient } from './recruitee.client';

describe('Recruitee detection', () => {
  it.each([
    ['https://acme.recruitee.com', 'acme'],
    ['https://acme.recruitee.com/', 'acme'],
    ['https://acme.recruitee.com/o/data-engineer', 'acme'],
    ['https://acme-labs.recruitee.com/o/data-engineer/c/new', 'acme-labs'],
    ['https://ACME.recruitee.com/api/offers/', 'acme'],
    ['acme.recruitee.com', 'acme'],
  ])('%s → recruitee/%s', (url, board) => {
    expect(detectBoard(url)).toEqual({ ats: 'recruitee', board });
  });

  it.each([
    ['https://recruitee.com/'],
    ['https://www.recruitee.com/careers'],
    ['https://app.recruitee.com/'],
    ['https://docs.recruitee.com/reference/offers'],
    ['https://a.b.recruitee.com/'],
    ['https://acme.recruitee.com.evil.example/'],
  ])('%s is no Recruitee board', (url) => {
    expect(new RecruiteeClient().detect(new URL(url))).toBeNull();
  });

  it('refuses a board token that is not a subdomain label, before any request', async () => {
    const http: BoardHttp = {
      getJson: () => Promise.reject(new Error('no request expected')),
      postJson: () => Promise.reject(new Error('no request expected')),
      getText: () => Promise.reject(new Error('no request expected')),
    };
    await expect(
      new RecruiteeClient().fetchJobs({ company: 'X', board: 'evil.example/x' }, http),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
