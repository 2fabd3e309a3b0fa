import { emptyPreferences, readingOf, type Understanding } from '@job-hunter/domain';
import { understandingLines } from './understanding-text';

const base: Understanding = {
  reading: { ...readingOf(emptyPreferences()), roles: ['teacher'], maxAgeDays: 14 },
  readBy: 'rules',
  disagreements: [],
  warnings: ['not shown here'],
};

describe('understandingLines', () => {
  it('gives the reading, who read it and nothing of the warnings (they go to stderr)', () => {
    expect(understandingLines(base)).toEqual([
      'What we understood: Roles: teacher · Levels: any · Office: any · Remote: any · Pay: any · Posted: last 14 days',
      'Read by: the rules',
    ]);
  });

  it('adds the resume summary, the fields it filled and where Claude and the rules differ', () => {
    const lines = understandingLines({
      ...base,
      readBy: 'rules+claude',
      filledFromResume: { seniority: { min: 'mid', max: 'senior' } },
      disagreements: [{ field: 'maxAgeDays', rules: 14, claude: 30 }],
      resume: { titles: ['Math Teacher'], yearsExperience: 6, seniority: 'mid', home: null, topSkills: [] },
    });
    expect(lines[0]).toContain('Levels: mid–senior (from resume)');
    expect(lines.slice(1)).toEqual([
      'Resume: Math Teacher · 6 years · mid',
      'Read by: the rules and Claude',
      'Claude and the rules read maxAgeDays differently: rules 14, Claude 30',
    ]);
  });
});
