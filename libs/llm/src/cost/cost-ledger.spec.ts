import { isJobHunterError } from '@job-hunter/domain';
import { RunCostLedger } from './cost-ledger';

const call = (
  costUsd: number,
  tokens = { inputTokens: 100, outputTokens: 20, cacheReadTokens: 300, cacheWriteTokens: 50 },
) => ({
  usage: tokens,
  costUsd,
});

function caught(fn: () => void): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('RunCostLedger', () => {
  it('sums tokens (cache included) and dollars across calls', () => {
    const ledger = new RunCostLedger({ budgetUsd: 1, warn: jest.fn() });
    ledger.record(call(0.01));
    ledger.record(call(0.02, { inputTokens: 1, outputTokens: 2, cacheReadTokens: 3, cacheWriteTokens: 4 }));
    expect(ledger.summary()).toEqual({
      inputTokens: 101,
      outputTokens: 22,
      cacheReadTokens: 303,
      cacheWriteTokens: 54,
      estimatedCostUsd: 0.03,
    });
    expect(ledger.paidCalls).toBe(2);
    expect(ledger.exhausted).toBe(false);
  });

  it('lets calls through while they fit, then throws BUDGET_EXCEEDED', () => {
    const ledger = new RunCostLedger({ budgetUsd: 0.05, warn: jest.fn() });
    ledger.reserve('score-jobs', 0.02)();
    ledger.record(call(0.02));
    ledger.reserve('score-jobs', 0.03)();
    ledger.record(call(0.03));
    expect(ledger.exhausted).toBe(true);
    const error = caught(() => ledger.reserve('score-jobs', 0));
    expect(isJobHunterError(error) && error.code).toBe('BUDGET_EXCEEDED');
    expect(isJobHunterError(error) && error.retryable).toBe(false);
    expect((error as Error).message).toMatch(/JH_MAX_COST_PER_RUN_USD/);
    expect((error as Error).message).toMatch(/score-jobs/);
  });

  it('stops exactly at the budget (spent ≥ budget)', () => {
    const ledger = new RunCostLedger({ budgetUsd: 0.02, warn: jest.fn() });
    ledger.record(call(0.02));
    expect(() => ledger.reserve('x', 0)).toThrow(/budget is spent/);
  });

  it('refuses a call whose most possible cost does not fit in what is left', () => {
    const ledger = new RunCostLedger({ budgetUsd: 0.05, warn: jest.fn() });
    ledger.record(call(0.02));
    const error = caught(() => ledger.reserve('score-jobs', 0.031));
    expect(isJobHunterError(error) && error.code).toBe('BUDGET_EXCEEDED');
    expect((error as Error).message).toMatch(/could cost up to \$0\.0310, more than the \$0\.0300 left/);
    expect(() => ledger.reserve('score-jobs', 0.03)).not.toThrow();
  });

  it('holds reservations of calls in flight, so calls at once cannot pass the budget together', () => {
    const ledger = new RunCostLedger({ budgetUsd: 0.1, warn: jest.fn() });
    const first = ledger.reserve('score-jobs', 0.04);
    const second = ledger.reserve('score-jobs', 0.04);
    expect(() => ledger.reserve('score-jobs', 0.04)).toThrow(/\$0\.0800 held by calls in flight/);
    first();
    first(); // releasing twice frees it once
    ledger.record(call(0.01));
    expect(() => ledger.reserve('score-jobs', 0.06)).toThrow(/BUDGET|could cost/);
    const third = ledger.reserve('score-jobs', 0.05);
    second();
    third();
    expect(() => ledger.reserve('score-jobs', 0.09)).not.toThrow();
  });

  it('allows no paid call with a zero budget, without a warning', () => {
    const warn = jest.fn();
    const ledger = new RunCostLedger({ budgetUsd: 0, warn });
    expect(() => ledger.reserve('suggest-companies', 0.001)).toThrow(/budget/);
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns once when spend reaches 80 % of the budget', () => {
    const warn = jest.fn();
    const ledger = new RunCostLedger({ budgetUsd: 1, warn });
    ledger.record(call(0.79));
    expect(warn).not.toHaveBeenCalled();
    ledger.record(call(0.01));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/80%.*\$1\.0000 budget/);
    ledger.record(call(0.1));
    ledger.record(call(0.5));
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('resumes from what an earlier attempt spent', () => {
    const warn = jest.fn();
    const spent = { inputTokens: 10, outputTokens: 5, estimatedCostUsd: 0.9 };
    const ledger = new RunCostLedger({ budgetUsd: 1, spent, warn });
    expect(warn).toHaveBeenCalledTimes(1);
    ledger.record(call(0.2));
    expect(ledger.summary()).toMatchObject({ inputTokens: 110, cacheReadTokens: 300, estimatedCostUsd: 1.1 });
    expect(ledger.paidCalls).toBe(1);
    expect(() => ledger.reserve('x', 0)).toThrow(/budget is spent/);
  });

  it('rejects a budget that is not a dollar amount', () => {
    expect(() => new RunCostLedger({ budgetUsd: -1 })).toThrow(/≥ 0/);
    expect(() => new RunCostLedger({ budgetUsd: Number.NaN })).toThrow(/≥ 0/);
  });
});
