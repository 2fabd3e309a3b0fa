import { FakeAnthropicServer, type FakeMessagesCall } from '@job-hunter/testing';
import type { CandidateProfile } from '@job-hunter/domain';
import { AnthropicLlmClient } from '../client/anthropic-llm.client';
import { RunCostLedger } from '../cost/cost-ledger';
import { LlmUnderstanding } from './llm-understanding.service';
import { PREFS_TEXT, readingAnswer, RULES_PREFS, RULES_PROFILE } from './understanding.fixtures';

const API_KEY = 'sk-ant-test-reading';
const profile: CandidateProfile = { ...RULES_PROFILE, seniority: 'senior' };
const INVALID = readingAnswer({ seniority: { min: 'expert', max: null }, remoteFrom: ['India'] });

describe("Claude's reading of preferences through the real SDK against the fake Messages API", () => {
  let server: FakeAnthropicServer;
  const calls: FakeMessagesCall[] = [];

  beforeEach(async () => {
    calls.length = 0;
    server = await new FakeAnthropicServer({ apiKey: API_KEY }).start();
  });
  afterEach(async () => {
    await server.close();
  });

  /** Answers the reading tool with the scripted inputs in turn (the last one again when they run out). */
  function answers(...inputs: unknown[]): void {
    server.respondWith((call) => {
      calls.push(call);
      return { toolInput: inputs[Math.min(calls.length - 1, inputs.length - 1)] };
    });
  }

  function understanding(budgetUsd = 1) {
    const client = new AnthropicLlmClient({
      apiKey: API_KEY,
      model: 'claude-haiku-4-5',
      baseUrl: server.url,
      maxRetries: 0,
    });
    const ledger = new RunCostLedger({ budgetUsd, warn: jest.fn() });
    return { llm: new LlmUnderstanding({ client, newLedger: () => ledger }), ledger };
  }

  it('sends the reading schema as a forced tool, accepts the answer, lists the disagreements and counts the cost', async () => {
    answers(readingAnswer());
    const { llm, ledger } = understanding();
    const out = await llm.refinePreferences(RULES_PREFS, PREFS_TEXT, profile);

    expect(calls).toHaveLength(1);
    const call = calls[0];
    expect(call?.forcedTool).toBe('record_preferences');
    expect(call?.body.temperature).toBe(0);
    const schema = call?.tools[0]?.input_schema as { properties: Record<string, { items?: { enum?: string[] } }> };
    expect(Object.keys(schema.properties)).toEqual(Object.keys(readingAnswer()));
    expect(schema.properties['excludedIndustries']?.items?.enum).toEqual(
      expect.arrayContaining(['crypto', 'staffing']),
    );
    expect(schema.properties['workModels']?.items?.enum).toEqual(['onsite', 'hybrid', 'remote']);
    expect(call?.systemText).toContain('"not senior, staff or lead" -> max mid');
    expect(call?.userText).toContain(`<preferences>\n${PREFS_TEXT}\n</preferences>`);

    expect(out.error).toBeUndefined();
    expect(out.readBy).toBe('rules+claude');
    expect(out.prefs.roles).toEqual(['backend engineer', 'platform engineer']);
    expect(out.prefs.excludedCompanies).toEqual(['Foo Corp']);
    expect(out.disagreements.map((d) => d.field)).toEqual(['roles', 'seniority', 'minSalary', 'excludedCompanies']);
    expect(out.cost.inputTokens).toBeGreaterThan(0);
    expect(out.cost.estimatedCostUsd).toBeGreaterThan(0);
    expect(ledger.summary()).toEqual(out.cost);
  });

  it('repairs an invalid answer once, quoting it with its problems, and uses the repaired reading', async () => {
    answers(INVALID, readingAnswer());
    const { llm, ledger } = understanding();
    const out = await llm.refinePreferences(RULES_PREFS, PREFS_TEXT, profile);

    expect(calls).toHaveLength(2);
    expect(calls[1]?.forcedTool).toBe('record_preferences');
    expect(calls[1]?.userText).toContain('"expert"');
    expect(calls[1]?.userText).toContain('seniority.min: "expert" is not null or one of');
    expect(calls[1]?.userText).toContain('remoteFrom: "INDIA" is not an ISO country code');
    expect(out.readBy).toBe('rules+claude');
    expect(out.prefs.seniorityMin).toBe('senior');
    expect(out.warnings).toEqual([expect.stringContaining('asked once more')]);
    expect(ledger.paidCalls).toBe(2);
    expect(ledger.summary()).toEqual(out.cost);
  });

  it("falls back to the rules' reading with the reason when the repair is invalid too, both calls counted", async () => {
    answers(INVALID, { roles: ['backend engineer'] });
    const { llm, ledger } = understanding();
    const out = await llm.refinePreferences(RULES_PREFS, PREFS_TEXT, profile);

    expect(calls).toHaveLength(2);
    expect(out.prefs).toBe(RULES_PREFS);
    expect(out).toMatchObject({ readBy: 'rules', disagreements: [], error: { code: 'LLM_INVALID_OUTPUT' } });
    expect(out.warnings[1]).toMatch(/^Claude's reading was not used: .*excludedRoles is missing/);
    expect(ledger.paidCalls).toBe(2);
    expect(ledger.summary()).toEqual(out.cost);
  });

  it('sends nothing when the budget is too small, and reads by the rules with the reason', async () => {
    answers(readingAnswer());
    const { llm, ledger } = understanding(0.000001);
    const out = await llm.refinePreferences(RULES_PREFS, PREFS_TEXT, profile);

    expect(server.messageRequests).toHaveLength(0);
    expect(out).toMatchObject({ prefs: RULES_PREFS, readBy: 'rules', error: { code: 'BUDGET_EXCEEDED' } });
    expect(out.warnings).toEqual([expect.stringMatching(/budget.*rules' reading stands/)]);
    expect(out.cost.estimatedCostUsd).toBe(0);
    expect(ledger.paidCalls).toBe(0);
  });
});
