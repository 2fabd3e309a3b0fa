import { FakeAnthropicServer } from '@job-hunter/testing';
import { RunCostLedger } from '../cost/cost-ledger';
import { priceCall } from '../cost/pricing';
import { AnthropicLlmClient } from './anthropic-llm.client';
import { BudgetedLlmClient } from './budgeted-llm.client';
import type { LlmRequest } from './llm-client.types';

const API_KEY = 'sk-ant-test-run-model';
const WORKER_MODEL = 'claude-haiku-4-5';
const RUN_MODEL = 'claude-opus-4-1';
const request: LlmRequest = { purpose: 'score-jobs', system: [{ text: 'Be brief.' }], user: 'Say hi.', maxTokens: 50 };

/** A run's model (its settings, carried by its ledger) wins over the model the worker's client was built with. */
describe('the run model through the ledger (real SDK, fake Messages API)', () => {
  let server: FakeAnthropicServer;
  beforeEach(async () => {
    server = await new FakeAnthropicServer({ apiKey: API_KEY }).start();
    server.respondWith(() => ({ text: 'Hi.' }));
  });
  afterEach(() => server.close());

  const workerClient = () =>
    new AnthropicLlmClient({ apiKey: API_KEY, model: WORKER_MODEL, baseUrl: server.url, maxRetries: 0 });

  it("asks the run's model and prices the call at its rates", async () => {
    const ledger = new RunCostLedger({ budgetUsd: 5, model: RUN_MODEL, warn: jest.fn() });
    const client = new BudgetedLlmClient(workerClient(), ledger);
    expect(client.model).toBe(RUN_MODEL);
    const reply = await client.complete(request);
    expect(server.messageRequests.map((r) => r.json?.model)).toEqual([RUN_MODEL]);
    expect(reply.model).toBe(RUN_MODEL);
    expect(reply.costUsd).toBeCloseTo(priceCall(RUN_MODEL, reply.usage).usd, 10);
    expect(reply.costUsd).toBeGreaterThan(priceCall(WORKER_MODEL, reply.usage).usd);
    expect(ledger.summary().estimatedCostUsd).toBeCloseTo(reply.costUsd, 6);
  });

  it("keeps the client's model when the ledger names none", async () => {
    const client = new BudgetedLlmClient(workerClient(), new RunCostLedger({ budgetUsd: 5, warn: jest.fn() }));
    await client.complete(request);
    expect(server.messageRequests.map((r) => r.json?.model)).toEqual([WORKER_MODEL]);
  });
});
