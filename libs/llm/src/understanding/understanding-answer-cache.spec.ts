import { emptyCost, type CandidateProfile } from '@job-hunter/domain';
import { MemoryScoreCache } from '../anthropic/score-cache';
import { RunCostLedger } from '../cost/cost-ledger';
import { LlmUnderstanding } from './llm-understanding.service';
import {
  PREFS_TEXT,
  readingAnswer,
  reply,
  RESUME,
  RULES_PREFS,
  RULES_PROFILE,
  ScriptedClient,
} from './understanding.fixtures';

const profile: CandidateProfile = { ...RULES_PROFILE, seniority: 'senior' };

/** A new process's understanding (its own memory) over one database cache. */
function startProcess(
  store: MemoryScoreCache,
  outcomes = [reply({ titles: ['Senior Backend Engineer'] }), reply(readingAnswer())],
) {
  const client = new ScriptedClient(outcomes);
  const ledger = new RunCostLedger({ budgetUsd: 1, warn: () => undefined });
  return { client, llm: new LlmUnderstanding({ client, newLedger: () => ledger, store }) };
}

async function understand(llm: LlmUnderstanding) {
  const resume = await llm.refineProfile(RULES_PROFILE, RESUME);
  const prefs = await llm.refinePreferences(RULES_PREFS, PREFS_TEXT, profile);
  return { resume, prefs };
}

describe("Claude's understanding answers in the database's LLM response cache", () => {
  it('lets another process read the same resume and preferences for nothing, with the same result', async () => {
    const store = new MemoryScoreCache();
    const first = startProcess(store);
    const paid = await understand(first.llm);
    expect(first.client.requests).toHaveLength(2);
    expect(store.size).toBe(2);

    const second = startProcess(store, []);
    const free = await understand(second.llm);
    expect(second.client.requests).toHaveLength(0);
    expect(free.resume).toEqual({ ...paid.resume, cost: emptyCost(), fromCache: true });
    expect(free.prefs).toEqual({ ...paid.prefs, cost: emptyCost(), fromCache: true });
  });

  it('asks again for another text, and treats a damaged row as a miss', async () => {
    const store = new MemoryScoreCache();
    await understand(startProcess(store).llm);
    for (const key of store.keys()) {
      const [row] = await store.findMany([key]);
      if (row) await store.putMany([{ ...row, result: '{"reading": 42, "warnings": []}' }]);
    }
    const damaged = startProcess(store, [reply(readingAnswer())]);
    const prefs = await damaged.llm.refinePreferences(RULES_PREFS, PREFS_TEXT, profile);
    expect(prefs.fromCache).toBe(false);
    expect(damaged.client.requests.map((r) => r.purpose)).toEqual(['understand-preferences']);

    const other = startProcess(store, [reply(readingAnswer())]);
    await other.llm.refinePreferences(RULES_PREFS, `${PREFS_TEXT} Fully remote is fine too.`, profile);
    expect(other.client.requests).toHaveLength(1);
  });
});
