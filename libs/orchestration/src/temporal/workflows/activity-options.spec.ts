import { ERROR_CODES, type ErrorCode } from '@job-hunter/domain';
import { NON_RETRYABLE_CODES } from './activity-options';

// The workflow keeps its own copy of the list (its bundle cannot import the domain); a code
// missing here would be retried by Temporal although no retry can fix it.
describe('NON_RETRYABLE_CODES', () => {
  it('is exactly the set of codes the domain marks non-retryable', () => {
    const domain = (Object.keys(ERROR_CODES) as ErrorCode[]).filter((code) => !ERROR_CODES[code].retryable);
    expect([...NON_RETRYABLE_CODES].sort()).toEqual([...domain].sort());
  });

  it('lists each code once', () => {
    expect(new Set(NON_RETRYABLE_CODES).size).toBe(NON_RETRYABLE_CODES.length);
  });
});
