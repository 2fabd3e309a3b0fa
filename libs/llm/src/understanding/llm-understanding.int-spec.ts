import { FakeAnthropicServer } from '@job-hunter/testing';
import type { CandidateProfile } from '@job-hunter/domain';
import { AnthropicLlmClient } from '../client/anthropic-llm.client';
import { RunCostLedger } from '../cost/cost-ledger';
import { LlmUnderstanding } from './llm-understanding.service';

const API_KEY = 'sk-ant-test-understanding';
const RESUME = [
  'Lukas Becker, München',
  'Staff Platform Engineer — Northwind GmbH, 01/2018 – present',
  'Platform Engineer — Contoso AG, 06/2012 – 12/2017',
  'Skills: k8s, Terraform, Golang, Postgres',
  'M.Sc. Informatik, TU München',
].join('\n');
const RULES: CandidateProfile = {
  titles: [],
  skills: ['Terraform'],
  yearsExperience: null,
  seniority: null,
  education: [],
  text: RESUME,
};

describe('LlmUnderstanding through the real SDK against the fake Messages API', () => {
  let server: FakeAnthropicServer;

  beforeEach(async () => {
    server = await new FakeAnthropicServer({ apiKey: API_KEY }).start();
  });
  afterEach(async () => {
    await server.close();
  });

  it('refines a resume end to end, then answers the same resume from its cache without a request', async () => {
    server.respondWith((call) => ({
      toolInput:
        call.forcedTool === 'record_profile' && call.userText.includes('Northwind')
          ? {
              titles: ['Staff Platform Engineer', 'Platform Engineer'],
              skills: ['k8s', 'Terraform', 'Golang', 'Postgres', 'Haskell'],
              yearsExperience: 12,
              seniority: 'staff',
              location: 'München',
              education: ['M.Sc. Informatik, TU München'],
            }
          : {},
    }));
    const client = new AnthropicLlmClient({
      apiKey: API_KEY,
      model: 'claude-haiku-4-5',
      baseUrl: server.url,
      maxRetries: 0,
    });
    const ledger = new RunCostLedger({ budgetUsd: 1, warn: jest.fn() });
    const llm = new LlmUnderstanding({ client, newLedger: () => ledger });

    const first = await llm.refineProfile(RULES, RESUME, ledger);
    expect(first.error).toBeUndefined();
    expect(first.profile).toMatchObject({
      titles: ['Staff Platform Engineer', 'Platform Engineer'],
      skills: ['Terraform', 'Kubernetes', 'Go', 'PostgreSQL'],
      yearsExperience: 12,
      seniority: 'staff',
      location: { city: 'Munich', country: 'DE' },
    });
    expect(first.cost.inputTokens).toBeGreaterThan(0);
    expect(first.cost.estimatedCostUsd).toBeGreaterThan(0);
    expect(ledger.summary().estimatedCostUsd).toBeCloseTo(first.cost.estimatedCostUsd, 6);
    const body = server.messageRequests[0]?.json;
    expect(body?.tool_choice).toEqual({ type: 'tool', name: 'record_profile' });
    expect(body?.temperature).toBe(0);

    const second = await llm.refineProfile(RULES, RESUME, ledger);
    expect(second.fromCache).toBe(true);
    expect(second.profile).toEqual(first.profile);
    expect(second.cost.estimatedCostUsd).toBe(0);
    expect(server.messageRequests).toHaveLength(1);
    expect(ledger.paidCalls).toBe(1);
  });

  it('keeps the rules and reports the error when Claude is overloaded', async () => {
    server.enqueueFaults({ kind: 'overloaded' });
    const client = new AnthropicLlmClient({
      apiKey: API_KEY,
      model: 'claude-haiku-4-5',
      baseUrl: server.url,
      maxRetries: 0,
    });
    const llm = new LlmUnderstanding({ client, newLedger: () => new RunCostLedger({ budgetUsd: 1, warn: jest.fn() }) });
    const out = await llm.refineProfile(RULES, RESUME);
    expect(out.profile).toBe(RULES);
    expect(out.error).toMatchObject({ code: 'LLM_ERROR', retryable: true });
    expect(llm.cachedAnswers).toBe(0);
  });
});
