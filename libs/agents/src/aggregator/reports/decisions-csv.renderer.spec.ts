import { droppedDecision, type JobDecision } from '@job-hunter/domain';
import { renderDecisionsCsv } from './decisions-csv.renderer';

const row = (over: Partial<JobDecision> = {}): JobDecision => ({
  company: 'Acme',
  title: 'Backend Engineer',
  occupation: 'backend engineer',
  location: 'Berlin, Germany',
  decision: 'shortlisted',
  reason: '',
  score: 91,
  applyUrl: 'https://jobs.example/1',
  ...over,
});

describe('renderDecisionsCsv', () => {
  it('writes a header and one row per decision, with an empty score for dropped jobs', () => {
    const dropped = droppedDecision(
      { company: 'Beta', title: 'Videographer', url: 'https://jobs.example/2', occupation: 'video producer' },
      'role',
      'Remote',
    );
    const lines = renderDecisionsCsv([row(), dropped]).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'Company,Title,Occupation,Location,Decision,Reason,Score,Apply URL',
      'Acme,Backend Engineer,backend engineer,"Berlin, Germany",shortlisted,,91,https://jobs.example/1',
      'Beta,Videographer,video producer,Remote,dropped,role,,https://jobs.example/2',
    ]);
  });

  it('neutralises spreadsheet formulas a board put in a title or company', () => {
    const csv = renderDecisionsCsv([row({ title: '=HYPERLINK("http://evil.example","x")', company: '+Acme' })]);
    expect(csv).not.toMatch(/(^|,)"?[=+]/m);
    expect(csv).toContain(`'=HYPERLINK`);
  });
});
