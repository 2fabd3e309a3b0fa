import { SCHEDULE_CATCHUP_WINDOW, searchScheduleOptions } from './search-schedules';
import { temporalConfig } from './temporal-client.fixtures';

const ID = '0b6f3c0e-5d1a-4c2e-9a43-7f1d2c3b4a59';

describe('searchScheduleOptions', () => {
  it("is the search's schedule: id, interval, skip on overlap, a day of catch-up, JobHuntWorkflow with the search id", () => {
    const options = searchScheduleOptions({ id: ID, schedule: { everyMs: 6 * 3600_000 } }, temporalConfig());
    expect(options).toEqual({
      scheduleId: ID,
      spec: { intervals: [{ every: 21_600_000 }] },
      action: {
        type: 'startWorkflow',
        workflowType: 'JobHuntWorkflow',
        workflowId: ID,
        taskQueue: 'jh-default',
        args: [
          {
            searchId: ID,
            scrapeConcurrency: 32,
            queues: { default: 'jh-default', llm: 'jh-llm', scraping: 'jh-scraping' },
          },
        ],
        workflowExecutionTimeout: 900_000,
      },
      policies: { overlap: 'SKIP', catchupWindow: '1 day' },
      state: { paused: false },
    });
    expect(SCHEDULE_CATCHUP_WINDOW).toBe('1 day');
  });

  it('takes a cron expression as one, and a paused search is made paused', () => {
    const options = searchScheduleOptions(
      { id: ID, schedule: { cron: '0 7 * * 1-5' }, paused: true },
      temporalConfig(),
    );
    expect(options.spec).toEqual({ cronExpressions: ['0 7 * * 1-5'] });
    expect(options.state).toEqual({ paused: true });
  });

  it('refuses a search without a schedule', () => {
    expect(() => searchScheduleOptions({ id: ID }, temporalConfig())).toThrow(/no schedule/);
  });
});
