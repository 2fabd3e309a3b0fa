import { emptyPreferences, readingOf, type CandidateProfile } from '@job-hunter/domain';
import { LlmUnderstanding, RunCostLedger, type LlmClient, type LlmReply, type LlmRequest } from '@job-hunter/llm';
import { PrefsParserAgent } from './prefs-parser.agent';

const PROFILE: CandidateProfile = {
  titles: ['Backend Engineer'],
  skills: ['Go'],
  yearsExperience: 6,
  seniority: 'senior',
  education: [],
  text: 'Backend Engineer. Go.',
};
const TEXT = 'Platform roles, happy to relocate. Only fresh postings, under a fortnight old.';

class OneAnswer implements LlmClient {
  readonly model = 'claude-haiku-4-5';
  readonly requests: LlmRequest[] = [];
  async complete(request: LlmRequest): Promise<LlmReply> {
    this.requests.push(request);
    // Claude answers with the contract's reading (the record_preferences tool's schema).
    const json = { ...readingOf(emptyPreferences()), roles: ['platform engineer'], maxAgeDays: 14 };
    const usage = { inputTokens: 300, outputTokens: 40, cacheReadTokens: 0, cacheWriteTokens: 0 };
    return { model: this.model, text: JSON.stringify(json), json, usage, costUsd: 0.0005 };
  }
}

function agent() {
  const client = new OneAnswer();
  const ledger = new RunCostLedger({ budgetUsd: 1, warn: jest.fn() });
  return { client, ledger, agent: new PrefsParserAgent(new LlmUnderstanding({ client, newLedger: () => ledger })) };
}

describe('PrefsParserAgent with Claude understanding', () => {
  it('refines the rules on an anthropic run, then enriches from the resume', async () => {
    const { agent: a, client, ledger } = agent();
    const { understanding, prefs } = await a.understand({ text: TEXT }, PROFILE, {
      engine: 'anthropic',
      dryRun: false,
    });
    expect(understanding.readBy).toBe('rules+claude');
    expect(prefs.roles).toEqual(['platform engineer']);
    expect(prefs.maxAgeDays).toBe(14);
    expect(prefs.raw).toBe(TEXT);
    // Enrichment from the resume still fills what neither reading said.
    expect(prefs.seniorityMin).not.toBeNull();
    expect(client.requests).toHaveLength(1);
    expect(ledger.paidCalls).toBe(1);
  });

  it.each([
    ['the offline engine', { engine: 'heuristic' as const, dryRun: false }],
    ['a dry run', { engine: 'anthropic' as const, dryRun: true }],
    ['no engine hint', undefined],
  ])('leaves the rules unchanged for %s', async (_name, opts) => {
    const { agent: a, client } = agent();
    const withClaude = await a.parse({ text: TEXT }, PROFILE, opts);
    const rulesOnly = await new PrefsParserAgent().parse({ text: TEXT }, PROFILE);
    expect(withClaude).toEqual(rulesOnly);
    expect(client.requests).toHaveLength(0);
  });
});
