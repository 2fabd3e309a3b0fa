import { costOfReply } from '@job-hunter/llm';
import { buildSuggestionRequest, parseSuggestions } from './company-suggestion.prompt';
import { prefsWith, profileWith } from './company-finder.fixtures';

describe('company suggestion prompt', () => {
  it('asks for JSON through a tool, with the person as data and the names to avoid', () => {
    const request = buildSuggestionRequest({
      prefs: prefsWith({
        roles: ['backend engineer'],
        locations: [{ raw: 'Bengaluru, India', city: 'Bengaluru', country: 'IN' }],
        excludedIndustries: ['crypto'],
        skills: ['Go'],
      }),
      profile: profileWith({ titles: ['Software Engineer'], skills: ['Go', 'PostgreSQL'], seniority: 'senior' }),
      avoid: ['Acme', 'Nimbus'],
      count: 12,
    });
    expect(request.purpose).toBe('suggest-companies');
    expect(request.json?.name).toBe('suggest_companies');
    expect(request.system.map((b) => b.text).join(' ')).toContain('greenhouse, lever, ashby');
    const user = JSON.parse(request.user) as Record<string, Record<string, unknown>>;
    expect(user['person']).toMatchObject({ titles: ['Software Engineer'], skills: ['Go', 'PostgreSQL'] });
    expect(user['wants']).toMatchObject({ roles: ['backend engineer'], places: ['Bengaluru, India'] });
    expect(user).toMatchObject({ avoid: ['Acme', 'Nimbus'], howMany: 12 });
    expect(request.maxTokens).toBeGreaterThan(1000);
  });

  it('keeps valid entries, normalising fields, and drops the rest', () => {
    const parsed = parseSuggestions({
      companies: [
        {
          name: ' Acme Robotics ',
          careersUrl: 'https://boards.greenhouse.io/acmerobotics',
          ats: 'Greenhouse',
          slugs: ['acmerobotics', 7, 'acme', 'acme-r', 'extra'],
          regions: ['in', 'us'],
          industries: ['Robotics'],
        },
        { name: 'No Url', careersUrl: 'acme.com/jobs', ats: 'other' },
        { name: '' },
        'nonsense',
        { careersUrl: 'https://x.example' },
      ],
    });
    expect(parsed).toEqual([
      {
        name: 'Acme Robotics',
        careersUrl: 'https://boards.greenhouse.io/acmerobotics',
        ats: 'greenhouse',
        slugs: ['acmerobotics', 'acme', 'acme-r'],
        regions: ['IN', 'US'],
        industries: ['robotics'],
      },
      { name: 'No Url', slugs: [], regions: [], industries: [] },
    ]);
  });

  it('rejects a reply without a company list as invalid output', () => {
    expect(() => parseSuggestions({ firms: [] })).toThrow(expect.objectContaining({ code: 'LLM_INVALID_OUTPUT' }));
    expect(() => parseSuggestions(undefined)).toThrow(/did not return a list of companies/);
  });

  it('turns a reply into the run cost shape', () => {
    const usage = { inputTokens: 100, outputTokens: 20, cacheReadTokens: 5, cacheWriteTokens: 0 };
    expect(costOfReply({ usage, costUsd: 0.0012 })).toEqual({ ...usage, estimatedCostUsd: 0.0012 });
  });
});
