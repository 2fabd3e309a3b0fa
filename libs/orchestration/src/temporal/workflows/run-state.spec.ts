import { UNDERSTANDING_STAGES as SOURCE } from '../../stages/understanding-cost';
import { UNDERSTANDING_STAGES } from './run-state';

// run-state.ts runs inside the workflow sandbox, so it keeps a copy of the list rather than
// importing understanding-cost.ts; the budget guardrail must count the same steps as the stages do.
describe('UNDERSTANDING_STAGES in the workflow', () => {
  it('equals the stages list', () => {
    expect(UNDERSTANDING_STAGES).toEqual(SOURCE);
  });
});
