import { JobHunterError, seniorityRank } from '../index';

describe('domain models', () => {
  it('orders seniorities', () => {
    expect(seniorityRank('junior')).toBeLessThan(seniorityRank('senior'));
  });

  it('gives errors a code and a retryable flag from the code table', () => {
    const e = new JobHunterError('BOARD_TIMEOUT', 'slow board', { company: 'Acme' });
    expect(e.retryable).toBe(true);
    expect(e.isUserError).toBe(false);
    expect(e.company).toBe('Acme');
    expect(new JobHunterError('INVALID_INPUT', 'x').isUserError).toBe(true);
  });
});
