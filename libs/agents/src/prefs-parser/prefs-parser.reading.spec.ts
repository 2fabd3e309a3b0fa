import { emptyPreferences, readingOf, type CandidateProfile } from '@job-hunter/domain';
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
