import { emptyCost, emptyPreferences, readingOf, type CandidateProfile } from '@job-hunter/domain';
import type { LlmUnderstanding, RefinedPreferences } from '@job-hunter/llm';
import { PrefsParserAgent } from './prefs-parser.agent';
import { prefsFromText } from './prefs-text.rules';

const NO_RESUME: CandidateProfile = {
  titles: [],
  skills: [],
  yearsExperience: null,
  seniority: null,
  education: [],
  text: '',
};
const RESUME: CandidateProfile = {
  location: { raw: 'Pune, India', city: 'Pune', country: 'IN' },
  titles: ['Senior Data Analyst'],
  skills: ['SQL'],
  yearsExperience: 7,
  seniority: 'senior',
  education: [],
  text: '',
};
const agent = new PrefsParserAgent();

describe('PrefsParserAgent.understand', () => {
  it("returns the text's own reading, read by the rules, and the preferences the run applies", async () => {
    const text = 'Only jobs posted in the last 21 days, full-time, no gambling.';
    const { understanding, prefs } = await agent.understand({ text }, NO_RESUME);
    expect(understanding.reading).toEqual(readingOf({ ...prefsFromText(text), raw: text }));
    expect(understanding).toMatchObject({ readBy: 'rules', disagreements: [], warnings: [] });
    expect(understanding.filledFromResume).toBeUndefined();
    expect(prefs.raw).toBe(text);
  });

  it('names the fields the resume filled, with the values the run uses, and leaves the reading alone', async () => {
    const text = 'Only jobs posted in the last 21 days.';
    const alone = await agent.understand({ text }, NO_RESUME);
    const { understanding, prefs } = await agent.understand({ text }, RESUME);
    expect(understanding.reading).toEqual(alone.understanding.reading);
    const filled = understanding.filledFromResume ?? {};
    // The text says nothing of role, level or place: each comes from the resume and is said to.
    expect(filled.roles).toEqual(prefs.roles);
    expect(filled.roles?.length).toBeGreaterThan(0);
    expect(filled.seniority).toEqual({ min: prefs.seniorityMin, max: prefs.seniorityMax });
    expect(filled.locations).toEqual([{ city: 'Pune', country: 'IN' }]);
    expect(filled).not.toHaveProperty('maxAgeDays');
  });

  it('warns, naming the text, when nothing at all could be read from it', async () => {
    const { understanding } = await agent.understand({ text: 'asdf qwerty zzz' }, RESUME);
    expect(understanding.warnings).toHaveLength(1);
    expect(understanding.warnings[0]).toContain('"asdf qwerty zzz"');
    expect(understanding.reading).toEqual(readingOf(emptyPreferences()));
  });

  it('gives no warning when no preferences were given at all', async () => {
    const { understanding } = await agent.understand({}, NO_RESUME);
    expect(understanding.warnings).toEqual([]);
  });

  it('parse returns exactly the preferences understand applies', async () => {
    const text = 'Remote only, at least $120k, no crypto';
    expect(await agent.parse({ text }, RESUME)).toEqual((await agent.understand({ text }, RESUME)).prefs);
  });
});

describe('PrefsParserAgent.understand with Claude', () => {
  /** Claude's side as the agent sees it: a refinement that moves one field and reports it. */
  function claudeSays(refine: (prefs: RefinedPreferences['prefs']) => RefinedPreferences) {
    const calls: string[] = [];
    const llm = {
      refinePreferences: async (prefs: RefinedPreferences['prefs'], text: string) => {
        calls.push(text);
        return refine(prefs);
      },
    } as unknown as LlmUnderstanding;
    return { calls, agent: new PrefsParserAgent(llm) };
  }

  it("takes Claude's reading, who read it, the disagreements and Claude's warnings on a paid run", async () => {
    const { calls, agent: a } = claudeSays((prefs) => ({
      prefs: { ...prefs, maxAgeDays: 30 },
      cost: emptyCost(),
      fromCache: false,
      readBy: 'rules+claude',
      disagreements: [{ field: 'maxAgeDays', rules: 21, claude: 30 }],
      warnings: ['Claude named a city the text does not: dropped.'],
    }));
    const text = 'Only jobs posted in the last 21 days.';
    const { understanding, prefs } = await a.understand({ text }, NO_RESUME, { engine: 'anthropic', dryRun: false });
    expect(calls).toEqual([text]);
    expect(understanding.reading.maxAgeDays).toBe(30);
    expect(prefs.maxAgeDays).toBe(30);
    expect(understanding).toMatchObject({
      readBy: 'rules+claude',
      disagreements: [{ field: 'maxAgeDays', rules: 21, claude: 30 }],
      warnings: ['Claude named a city the text does not: dropped.'],
    });
  });

  it('never asks Claude on a dry run or the offline engine', async () => {
    const { calls, agent: a } = claudeSays(() => {
      throw new Error('not expected');
    });
    await a.understand({ text: 'backend' }, NO_RESUME, { engine: 'anthropic', dryRun: true });
    const { understanding } = await a.understand({ text: 'backend' }, NO_RESUME, { engine: 'heuristic' });
    expect(calls).toEqual([]);
    expect(understanding.readBy).toBe('rules');
  });
});
