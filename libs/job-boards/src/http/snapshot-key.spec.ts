import * as path from 'node:path';
import { snapshotFile } from './snapshot-key';

const dir = path.resolve('/tmp/snap');

describe('snapshotFile', () => {
  it('keys on host and path, without query, keeping percent-encoding', () => {
    expect(snapshotFile(dir, new URL('https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true'))).toBe(
      path.join(dir, 'boards-api.greenhouse.io/v1/boards/acme/jobs.json'),
    );
    expect(
      snapshotFile(
        dir,
        new URL('https://api.ashbyhq.com/posting-api/job-board/Hyperliquid%20Labs?includeCompensation=true'),
      ),
    ).toBe(path.join(dir, 'api.ashbyhq.com/posting-api/job-board/Hyperliquid%20Labs.json'));
    expect(snapshotFile(dir, new URL('https://api.lever.co/v0/postings/acme/'))).toBe(
      path.join(dir, 'api.lever.co/v0/postings/acme.json'),
    );
  });

  it('has no key for an empty path', () => {
    expect(snapshotFile(dir, new URL('https://api.lever.co/?x=1'))).toBeNull();
  });

  it('never leaves the directory', () => {
    // The URL parser folds these, so they stay inside the host folder…
    expect(snapshotFile(dir, new URL('https://api.lever.co/v0/../../../etc/passwd'))).toBe(
      path.join(dir, 'api.lever.co/etc/passwd.json'),
    );
    expect(snapshotFile(dir, new URL('https://api.lever.co/%2e%2e/%2e%2e/x'))).toBe(
      path.join(dir, 'api.lever.co/x.json'),
    );
    // …and what the parser leaves behind is refused.
    expect(() => snapshotFile(dir, new URL('https://api.lever.co/a//b'))).toThrow(/snapshot directory/);
  });
});
