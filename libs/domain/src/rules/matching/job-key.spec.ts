import { jobKey, rawJobKey, urlJobKey } from './job-key';
import { aJob, aRawJob } from './matching.fixtures';
import { isInvalidJob, normaliseJob } from './normalise-job';

describe('jobKey', () => {
  it('is 16 hex digits, the same for the same posting in another run', () => {
    const key = jobKey(aJob());
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    // A later run: the board's record changed its text, title and date, not its id.
    expect(jobKey(aJob({ title: 'Senior Backend Engineer', description: 'New text', postedAt: null }))).toBe(key);
    // Company names differing only in case or legal suffix are one board.
    expect(jobKey(aJob({ company: 'ACME GmbH', externalId: ' 1001 ' }))).toBe(key);
  });

  it('tells postings apart by board id, board and company', () => {
    const key = jobKey(aJob());
    expect(jobKey(aJob({ externalId: '1002' }))).not.toBe(key);
    expect(jobKey(aJob({ ats: 'lever' }))).not.toBe(key);
    expect(jobKey(aJob({ company: 'Nimbus' }))).not.toBe(key);
  });

  it('follows the canonical apply URL when the board gives no id, then the dedupe key', () => {
    const noId = aJob({ externalId: '' });
    expect(jobKey(noId)).toBe(urlJobKey(noId.url));
    expect(jobKey({ ...noId, url: 'https://www.boards.greenhouse.io/acme/jobs/1001/?utm_source=x' })).toBe(
      jobKey(noId),
    );
    expect(jobKey({ ...noId, url: 'https://boards.greenhouse.io/acme/jobs/1003' })).not.toBe(jobKey(noId));

    const noUrl = aJob({ externalId: '', url: 'not a url' });
    expect(urlJobKey(noUrl.url)).toBeNull();
    expect(jobKey(noUrl)).toMatch(/^[0-9a-f]{16}$/);
    expect(jobKey({ ...noUrl, id: 'acme/frontend-engineer/berlin' })).not.toBe(jobKey(noUrl));
  });

  it('is known from the board record as scraped: the key the normalised job gets, else null', () => {
    const normalisedKey = (raw: ReturnType<typeof aRawJob>): string => {
      const job = normaliseJob(raw);
      if (isInvalidJob(job)) throw new Error(`invalid job: ${job.invalid}`);
      return jobKey(job);
    };
    const spaced = aRawJob({ company: '  Acme\u200b  Inc ', externalId: ' 1001 ' });
    expect(rawJobKey(spaced)).toBe(normalisedKey(spaced));
    expect(rawJobKey(spaced)).toBe(normalisedKey(aRawJob()));
    const noId = aRawJob({ externalId: '', url: ' https://boards.greenhouse.io/acme/jobs/1001?gh_src=x ' });
    expect(rawJobKey(noId)).toBe(normalisedKey(noId));
    expect(rawJobKey(noId)).not.toBe(rawJobKey(aRawJob()));
    expect(rawJobKey(aRawJob({ externalId: '', url: 'not a url' }))).toBeNull();
  });
});
