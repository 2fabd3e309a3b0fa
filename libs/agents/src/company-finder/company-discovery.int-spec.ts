import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Company } from '@job-hunter/domain';
import { BoardHttpFactory } from '@job-hunter/job-boards';
import { AnthropicLlmClient, RunCostLedger } from '@job-hunter/llm';
import {
  FakeAnthropicServer,
  FakeJobBoardServer,
  boardApiPath,
  greenhouseBoard,
  leverBoard,
  testConfig,
  type FakeMessagesCall,
} from '@job-hunter/testing';
import { attempts, BoardProber } from './board-prober';
import { CompanyFinderAgent } from './company-finder.agent';
import { prefsWith, profileWith } from './company-finder.fixtures';
import { CompanySuggester } from './company-suggester';

const SUGGESTIONS = [
  { name: 'Nimbus Data', ats: 'lever', slugs: ['nimbus'], regions: ['IN'], industries: ['data'] },
  { name: 'Coinly', slugs: ['coinly'], regions: ['WORLD'], industries: ['crypto'] },
  { name: 'Nowhere Ltd', regions: ['IN'] },
  { name: 'Alpha Again', careersUrl: 'https://boards.greenhouse.io/alpha', regions: ['IN'] },
  { name: 'Orbit Labs', regions: ['IN'], industries: ['saas'] },
];

describe('company discovery with Claude suggestions (fake Anthropic and job boards)', () => {
  let dir: string;
  let claude: FakeAnthropicServer;
  let boards: FakeJobBoardServer;
  let agent: CompanyFinderAgent;
  const calls: FakeMessagesCall[] = [];
  const prefs = prefsWith({
    roles: ['backend engineer'],
    locations: [{ raw: 'Bengaluru, India', city: 'Bengaluru', country: 'IN' }],
    excludedIndustries: ['web3'],
  });
  const searched: Company[] = [{ name: 'Alpha', careersUrl: 'https://boards.greenhouse.io/alpha', tier: 'curated' }];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jh-discover-'));
    const registryPath = join(dir, 'registry.yaml');
    writeFileSync(
      registryPath,
      [
        '- { name: Alpha, careersUrl: "https://boards.greenhouse.io/alpha", regions: [IN] }',
        '- { name: Beta, careersUrl: "https://boards.greenhouse.io/beta", regions: [IN] }',
        '- { name: Gamma US, careersUrl: "https://boards.greenhouse.io/gammaus", regions: [US] }',
      ].join('\n'),
    );
    claude = await new FakeAnthropicServer({
      responder: (call) => {
        calls.push(call);
        return { toolInput: { companies: SUGGESTIONS } };
      },
    }).start();
    boards = await new FakeJobBoardServer([
      { path: boardApiPath.lever('nimbus'), respond: { json: leverBoard(2, 'nimbus') } },
      { path: boardApiPath.greenhouse('alpha'), respond: { json: greenhouseBoard(1, 'alpha') } },
      { path: boardApiPath.greenhouse('coinly'), respond: { json: greenhouseBoard(1, 'coinly') } },
      { path: boardApiPath.greenhouse('orbitlabs'), respond: { json: greenhouseBoard(1, 'orbitlabs') } },
    ]).start();
    const probed = SUGGESTIONS.flatMap((s) => attempts(s as never).map(([p, slug]) => new URL(p.url(slug)).hostname));
    const hostOverrides = Object.fromEntries(probed.map((h) => [h, boards.url]));
    const config = testConfig({ type: 'sqlite', url: 'sqlite::memory:', sqlitePath: ':memory:' });
    const llm = new AnthropicLlmClient({
      apiKey: 'test-key',
      model: 'claude-haiku-4-5',
      baseUrl: claude.url,
      maxRetries: 0,
    });
    const prober = new BoardProber(new BoardHttpFactory(config, { hostOverrides, allowLoopback: true, retries: 0 }));
    agent = new CompanyFinderAgent({ registryPath }, new CompanySuggester(llm), prober);
  });

  afterAll(async () => {
    await claude?.close();
    await boards?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes the curated companies left first, then fills the round with suggestions that resolve to a board', async () => {
    const ledger = new RunCostLedger({ budgetUsd: 1, warn: () => undefined });
    const outcome = await agent.discover({ prefs, profile: profileWith(), searched, limit: 3, suggest: { ledger } });

    expect(outcome.companies.map((c) => [c.name, c.tier, c.ats, c.board])).toEqual([
      ['Beta', 'curated', undefined, undefined],
      ['Nimbus Data', 'suggested', 'lever', 'nimbus'],
      ['Orbit Labs', 'suggested', 'greenhouse', 'orbitlabs'],
    ]);
    expect(outcome.companies[1]?.careersUrl).toBe('https://jobs.lever.co/nimbus');
    // Coinly resolved but is crypto (excluded as web3); Alpha Again is a board already searched.
    expect(outcome).toMatchObject({ suggested: 5, errors: [] });
    expect(outcome.resolved).toBe(4);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.forcedTool).toBe('suggest_companies');
    expect(calls[0]?.userText).toContain('"avoid":["Alpha","Beta"]');
    expect(outcome.cost.inputTokens).toBeGreaterThan(0);
    expect(ledger.spentUsd).toBeCloseTo(outcome.cost.estimatedCostUsd, 9);
  });

  it('asks nothing when the budget is spent, and keeps the curated companies with a recorded error', async () => {
    const before = claude.messageRequests.length;
    const ledger = new RunCostLedger({ budgetUsd: 0, warn: () => undefined });
    const outcome = await agent.discover({ prefs, profile: profileWith(), searched, limit: 3, suggest: { ledger } });
    expect(outcome.companies.map((c) => c.name)).toEqual(['Beta']);
    expect(outcome.errors).toEqual([expect.objectContaining({ stage: 'findCompanies', code: 'BUDGET_EXCEEDED' })]);
    expect(claude.messageRequests.length).toBe(before);
  });

  it('makes no suggestion call without permission (offline engine)', async () => {
    const before = claude.messageRequests.length;
    const outcome = await agent.discover({
      prefs,
      profile: profileWith(),
      searched: [...searched, { name: 'Beta', careersUrl: 'https://boards.greenhouse.io/beta' }],
    });
    expect(outcome.companies).toEqual([]);
    expect(claude.messageRequests.length).toBe(before);
  });
});
