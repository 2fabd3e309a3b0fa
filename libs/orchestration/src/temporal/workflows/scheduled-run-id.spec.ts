import { RUN_ID_PATTERN } from '../../run-id';
import { scheduledRunId, workflowIdOf } from './scheduled-run-id';

const SEARCH = '0b6f3c0e-5d1a-4c2e-9a43-7f1d2c3b4a59';

describe('scheduled run ids', () => {
  it("are the schedule's workflow id without its colons, a valid run id, and lead back to it", () => {
    const workflowId = `${SEARCH}-2026-12-06T07:00:00Z`;
    const runId = scheduledRunId(workflowId);
    expect(runId).toBe(`${SEARCH}-2026-12-06T070000Z`);
    expect(runId).toMatch(RUN_ID_PATTERN);
    expect(workflowIdOf(runId, SEARCH)).toBe(workflowId);
  });

  it("leave any other run's workflow id its run id, a search's run by hand included", () => {
    expect(workflowIdOf('20261127-043509-c7c107')).toBe('20261127-043509-c7c107');
    expect(workflowIdOf('20261127-043509-c7c107', SEARCH)).toBe('20261127-043509-c7c107');
    expect(workflowIdOf(`other-2026-12-06T070000Z`, SEARCH)).toBe('other-2026-12-06T070000Z');
  });
});
