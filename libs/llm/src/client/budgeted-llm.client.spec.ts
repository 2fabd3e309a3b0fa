import { JobHunterError } from '@job-hunter/domain';
import { RunCostLedger } from '../cost/cost-ledger';
import { BudgetedLlmClient } from './budgeted-llm.client';
import { LlmInvalidOutputError } from './llm-invalid-output.error';
import type { LlmClient, LlmReply, LlmRequest } from './llm-client.types';

const request: LlmRequest = { purpose: 'score-jobs', system: [{ text: 'rubric' }], user: 'jobs', maxTokens: 100 };
const reply = (costUsd: number): LlmReply => ({
  model: 'claude-haiku-4-5',
  text: 'ok',
  usage: { inputTokens: 10, outputTokens: 5, cacheReadTokens: 100, cacheWriteTokens: 0 },
  costUsd,
});

/** A scripted client: answers each call with the next outcome. */
class ScriptedClient implements LlmClient {
  readonly model = 'claude-haiku-4-5';
  calls = 0;
  constructor(private readonly outcomes: (LlmReply | Error)[]) {}
  async complete(): Promise<LlmReply> {
    const outcome = this.outcomes[this.calls++];
    if (!outcome) throw new Error('no more scripted outcomes');
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }
}

describe('BudgetedLlmClient', () => {
  it('records every paid reply and stops calling once the budget is spent', async () => {
    const inner = new ScriptedClient([reply(0.03), reply(0.03), reply(0.03)]);
    // The request's worst case is well under $0.01, so the first two calls fit; the third does not.
    const ledger = new RunCostLedger({ budgetUsd: 0.0603, warn: jest.fn() });
    const client = new BudgetedLlmClient(inner, ledger);
    expect(client.model).toBe('claude-haiku-4-5');
    await client.complete(request);
    await client.complete(request);
    await expect(client.complete(request)).rejects.toMatchObject({ code: 'BUDGET_EXCEEDED' });
    expect(inner.calls).toBe(2);
    expect(ledger.summary()).toMatchObject({ inputTokens: 20, cacheReadTokens: 200, estimatedCostUsd: 0.06 });
  });

  it('holds the worst case of a call in flight, so a second call that might pass the budget is refused', async () => {
    let answer: (r: LlmReply) => void = () => undefined;
    const slow: LlmClient = {
      model: 'claude-haiku-4-5',
      complete: () => new Promise<LlmReply>((resolve) => (answer = resolve)),
    };
    const big: LlmRequest = { ...request, maxTokens: 4000 }; // up to $0.02 of output at Haiku-class prices
    const ledger = new RunCostLedger({ budgetUsd: 0.03, warn: jest.fn() });
    const client = new BudgetedLlmClient(slow, ledger);
    const first = client.complete(big);
    await expect(client.complete(big)).rejects.toMatchObject({ code: 'BUDGET_EXCEEDED' });
    answer(reply(0.001));
    await first;
    // Released when the first call ended: the same call fits again.
    const third = client.complete(big);
    answer(reply(0.001));
    await expect(third).resolves.toBeDefined();
  });

  it('records the cost of a paid call whose output was unusable', async () => {
    const invalid = new LlmInvalidOutputError('no tool call', reply(0.04));
    const ledger = new RunCostLedger({ budgetUsd: 1, warn: jest.fn() });
    const client = new BudgetedLlmClient(new ScriptedClient([invalid]), ledger);
    await expect(client.complete(request)).rejects.toBe(invalid);
    expect(ledger.summary().estimatedCostUsd).toBe(0.04);
  });

  it('records nothing when the call failed before an answer', async () => {
    const ledger = new RunCostLedger({ budgetUsd: 1, warn: jest.fn() });
    const client = new BudgetedLlmClient(new ScriptedClient([new JobHunterError('LLM_ERROR', 'overloaded')]), ledger);
    await expect(client.complete(request)).rejects.toMatchObject({ code: 'LLM_ERROR' });
    expect(ledger.paidCalls).toBe(0);
  });
});
