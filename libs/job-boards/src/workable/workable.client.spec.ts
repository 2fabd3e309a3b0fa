import { detectBoard } from '../job-board.registry';
import { WorkableClient } from './workable.client';

describe('Workable detection', () => {
  it.each([
    ['https://apply.workable.com/acme', 'acme'],
    ['https://apply.workable.com/acme/', 'acme'],
    ['https://apply.workable.com/acme/j/8B8A457674/', 'acme'],
    ['https://apply.workable.com/acme/j/8B8A457674/apply/', 'acme'],
    ['https://apply.workable.com/acme/?lng=en', 'acme'],
    ['apply.workable.com/acme-labs', 'acme-labs'],
    ['https://acme.workable.com', 'acme'],
    ['https://acme.workable.com/jobs/12345', 'acme'],
    ['https://apply.workable.com/api/v1/widget/accounts/acme?details=true', 'acme'],
    ['https://apply.workable.com/api/v3/accounts/acme/jobs', 'acme'],
    ['https://www.workable.com/api/accounts/acme', 'acme'],
  ])('%s → workable/%s', (url, board) => {
    expect(detectBoard(url)).toEqual({ ats: 'workable', board });
  });

  it.each([
    ['https://apply.workable.com/'],
    ['https://apply.workable.com/j/8B8A457674'],
    ['https://apply.workable.com/api/v1/widget/accounts/'],
    ['https://www.workable.com/'],
    ['https://jobs.workable.com/view/abc'],
    ['https://resources.workable.com/job-descriptions'],
    ['https://workable.com/acme'],
    ['https://apply.workable.com.evil.example/acme'],
    ['https://a.b.workable.com/'],
  ])('%s is no Workable board', (url) => {
    expect(new WorkableClient().detect(new URL(url))).toBeNull();
  });
});
