import { detectBoard } from '../job-board.registry';
import { RipplingClient } from './rippling.client';

describe('Rippling detection', () => {
  it.each([
    ['https://ats.rippling.com/acme/jobs', 'acme'],
    ['https://ats.rippling.com/acme/jobs/', 'acme'],
    ['https://ats.rippling.com/acme/jobs/a661d3ef-2dd4-4aee-8c0a-fb48ae545a7a', 'acme'],
    ['https://ats.rippling.com/en-US/acme/jobs', 'acme'],
    ['https://ats.rippling.com/en-GB/acme/jobs/a661d3ef-2dd4-4aee-8c0a-fb48ae545a7a?src=x', 'acme'],
    ['https://ats.rippling.com/just-appraised-jobs/jobs', 'just-appraised-jobs'],
    ['https://ats.rippling.com/Acme-Labs/jobs', 'Acme-Labs'],
    ['ats.rippling.com/acme/jobs', 'acme'],
    ['https://api.rippling.com/platform/api/ats/v1/board/acme/jobs', 'acme'],
    ['https://api.rippling.com/platform/api/ats/v1/board/acme/jobs/a661d3ef-2dd4-4aee-8c0a-fb48ae545a7a', 'acme'],
    ['https://api.rippling.com/platform/api/ats/v2/board/acme/jobs?page=0&pageSize=1000', 'acme'],
    ['https://ats.rippling.com/api/v2/board/acme/jobs', 'acme'],
  ])('%s → rippling/%s', (url, board) => {
    expect(detectBoard(url)).toEqual({ ats: 'rippling', board });
  });

  it.each([
    ['https://www.rippling.com/'],
    ['https://www.rippling.com/careers'],
    ['https://app.rippling.com/acme/jobs'],
    ['https://rippling.com/acme/jobs'],
    ['https://ats.rippling.com/'],
    ['https://ats.rippling.com/acme'],
    ['https://ats.rippling.com/en-US/acme'],
    ['https://ats.rippling.com/_next/jobs'],
    ['https://api.rippling.com/platform/api/employees'],
    ['https://ats.rippling.com.evil.example/acme/jobs'],
  ])('%s is no Rippling board', (url) => {
    expect(new RipplingClient().detect(new URL(url))).toBeNull();
  });

  it.each([
    ['https://ats.evilrippling.com/acme/jobs'],
    ['https://atsrippling.com/acme/jobs'],
    ['https://evil-rippling.com/acme/jobs'],
    ['https://evil-ats.rippling.com/acme/jobs'],
    ['https://api.rippling.com.evil.example/platform/api/ats/v1/board/acme/jobs'],
  ])('%s only looks like Rippling (its host is another domain): no Rippling board', (url) => {
    expect(new RipplingClient().detect(new URL(url))).toBeNull();
    expect(detectBoard(url)?.ats).not.toBe('rippling');
  });
});
