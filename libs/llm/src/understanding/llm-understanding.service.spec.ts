import { emptyCost } from '@job-hunter/domain';
import { LlmInvalidOutputError } from '../client/llm-invalid-output.error';
import { RunCostLedger } from '../cost/cost-ledger';
import { reply, RESUME, RULES_PROFILE, setup } from './understanding.fixtures';

describe('LlmUnderstanding.refineProfile', () => {
  it('keeps valid fields, canonicalises skills and drops those the resume does not mention', async () => {
    const answer = {
      titles: ['Senior Backend Engineer', 'Software Engineer', 'Chief Astronaut'],
      skills: ['k8s', 'Go', 'Postgres', 'Rust', 'Underwater basket weaving'],
      yearsExperience: 9.5,
      seniority: 'senior',
      location: 'Bengaluru, India',
      education: ['B.Tech, Computer Science, IIT Delhi'],
    };
    const { llm, client, ledger } = setup([reply(answer)]);
    const out = await llm.refineProfile(RULES_PROFILE, RESUME);
    expect(out.error).toBeUndefined();
    expect(out.profile.titles).toEqual(['Senior Backend Engineer', 'Software Engineer']);
    expect(out.profile.skills).toEqual(['TypeScript', 'PostgreSQL', 'Kubernetes', 'Go']);
    expect(out.profile.yearsExperience).toBe(9.5);
    expect(out.profile.seniority).toBe('senior');
    expect(out.profile.location).toMatchObject({ city: 'Bengaluru', country: 'IN' });
    expect(out.profile.education).toEqual(['B.Tech, Computer Science, IIT Delhi']);
    expect(out.profile.text).toBe(RESUME);
    expect(out.cost).toMatchObject({ inputTokens: 900, outputTokens: 150, estimatedCostUsd: 0.002 });
    expect(ledger.paidCalls).toBe(1);
    expect(client.requests[0]?.json?.name).toBe('record_profile');
    expect(client.requests[0]?.user).toContain(`<resume>\n${RESUME}\n</resume>`);
  });

  it("asks the model of the run's ledger, and asks again under another model", async () => {
    const answer = { titles: ['Senior Backend Engineer'] };
    const { llm, client } = setup([reply(answer), reply(answer)]);
    const runLedger = (model?: string) => new RunCostLedger({ budgetUsd: 1, model, warn: () => undefined });
    await llm.refineProfile(RULES_PROFILE, RESUME, runLedger('claude-sonnet-4-5'));
    expect((await llm.refineProfile(RULES_PROFILE, RESUME, runLedger('claude-sonnet-4-5'))).fromCache).toBe(true);
    expect((await llm.refineProfile(RULES_PROFILE, RESUME, runLedger())).fromCache).toBe(false);
    expect(client.requests.map((r) => r.model)).toEqual(['claude-sonnet-4-5', 'claude-haiku-4-5']);
  });

  it('ignores invalid enums, out-of-range numbers and unknown places, keeping the rules there', async () => {
    const answer = {
      titles: 'Senior Backend Engineer',
      skills: [42, 'Go'],
      yearsExperience: 140,
      seniority: 'wizard',
      location: 'somewhere nice',
      education: [],
    };
    const { llm } = setup([reply(answer)]);
    const { profile, error } = await llm.refineProfile(RULES_PROFILE, RESUME);
    expect(error).toBeUndefined();
    expect(profile).toEqual({ ...RULES_PROFILE, skills: ['TypeScript', 'PostgreSQL', 'Go'] });
  });

  it('keeps the rules and reports LLM_INVALID_OUTPUT when the answer is not an object, still counting its cost', async () => {
    const { llm, ledger } = setup([reply(['not', 'an', 'object'], 0.003)]);
    const out = await llm.refineProfile(RULES_PROFILE, RESUME);
    expect(out.profile).toBe(RULES_PROFILE);
    expect(out.error?.code).toBe('LLM_INVALID_OUTPUT');
    expect(out.cost.estimatedCostUsd).toBe(0.003);
    expect(ledger.summary().estimatedCostUsd).toBe(0.003);
  });

  it('records the cost of a reply without the tool call and keeps the rules', async () => {
    const { llm, ledger } = setup([new LlmInvalidOutputError('no tool call', reply(undefined, 0.001))]);
    const out = await llm.refineProfile(RULES_PROFILE, RESUME);
    expect(out.profile).toBe(RULES_PROFILE);
    expect(out.error?.code).toBe('LLM_INVALID_OUTPUT');
    expect(ledger.summary().estimatedCostUsd).toBe(0.001);
  });

  it('makes no call when the budget is spent, and answers the same text from its cache', async () => {
    const spent = setup([reply({})], 0);
    const out = await spent.llm.refineProfile(RULES_PROFILE, RESUME);
    expect(out.error?.code).toBe('BUDGET_EXCEEDED');
    expect(out.profile).toBe(RULES_PROFILE);
    expect(spent.client.requests).toHaveLength(0);

    const { llm, client } = setup([reply({ seniority: 'senior' })]);
    await llm.refineProfile(RULES_PROFILE, RESUME);
    const again = await llm.refineProfile(RULES_PROFILE, RESUME);
    expect(again).toMatchObject({ fromCache: true, cost: emptyCost() });
    expect(again.profile.seniority).toBe('senior');
    expect(client.requests).toHaveLength(1);
  });
});
