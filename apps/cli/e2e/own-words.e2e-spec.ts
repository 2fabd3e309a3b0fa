import * as path from 'node:path';
import type { RunResult } from '@job-hunter/domain';
import { DEMO, runCli, scratch } from './cli-harness';

/**
 * Preferences worded the way new users wrote them when the shortlist ignored them (issue 9),
 * replayed on the demo market through the built CLI: what the person ruled out never reaches the
 * shortlist. The checks read the result's own fields (company, title, posting date), not the
 * product's reading of the text.
 */
function hunt(prefs: string, label: string): { result: RunResult; stderr: string } {
  const { dir, env } = scratch(`words-${label}`);
  const run = runCli(
    [
      'run',
      path.join(DEMO, 'resume.pdf'),
      '--prefs',
      prefs,
      '--companies',
      path.join(DEMO, 'companies.yaml'),
      '--snapshot',
      path.join(DEMO, 'snapshot'),
      '--json',
    ],
    env,
    dir,
  );
  expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
  return { result: JSON.parse(run.stdout) as RunResult, stderr: run.stderr };
}

describe('preferences in people’s own words, honoured on the demo market (built CLI)', () => {
  it('"I\'d rather not work at X or Y" keeps both companies out', () => {
    const { result } = hunt(
      "Senior backend or platform roles in Bengaluru, or remote in India. I'd rather not work at Lumenpay or Stratus Ledger.",
      'rather-not',
    );
    expect(result.reading?.excludedCompanies).toEqual(['Lumenpay', 'Stratus Ledger']);
    expect(result.jobs.length).toBeGreaterThan(0);
    expect(result.jobs.filter((j) => /lumenpay|stratus ledger/i.test(j.company)).map((j) => j.company)).toEqual([]);
    expect(result.stats.dropped['excluded_company']).toBeGreaterThan(0);
  });

  it('"please no senior, staff or lead roles" keeps those levels out', () => {
    const { result } = hunt(
      "Backend engineering roles in Bengaluru or remote within India — please no senior, staff or lead roles, I'm two years in.",
      'not-senior',
    );
    expect(result.reading?.seniority).toEqual({ min: null, max: 'mid' });
    const tooSenior = result.jobs.filter((j) => /\b(?:senior|sr\.?|staff|lead|principal)\b/i.test(j.title));
    expect(tooSenior.map((j) => j.title)).toEqual([]);
  });

  it('"not interested in anything older than a month" keeps older postings out', () => {
    const { result } = hunt(
      'Senior backend roles, Bengaluru or remote India. Not interested in anything older than a month.',
      'recency',
    );
    expect(result.reading?.maxAgeDays).toBe(30);
    const oldest = Date.parse(result.startedAt) - 31 * 86_400_000;
    const stale = result.jobs.filter((j) => j.postedAt !== null && Date.parse(j.postedAt) < oldest);
    expect(stale.map((j) => `${j.title} (${j.postedAt})`)).toEqual([]);
    expect(result.stats.dropped['stale']).toBeGreaterThan(0);
  });

  it('"Full stack roles …" keeps the role asked for: its jobs are shortlisted as the role wanted, other specialties only as close', () => {
    const { result } = hunt('Full stack roles in Bengaluru, hybrid is fine. No crypto.', 'full-stack');
    expect(result.reading?.roles).toEqual(['full-stack engineer']);
    const isFullStack = (title: string): boolean => /full[\s-]?stack/i.test(title);
    const fullStack = result.jobs.filter((j) => isFullStack(j.title));
    expect(fullStack.length).toBeGreaterThan(0);
    for (const job of fullStack)
      expect(job.reasons.join(' ')).toContain('matches the role you want (full-stack engineer)');
    const others = result.jobs.filter((j) => !isFullStack(j.title)).flatMap((j) => j.reasons);
    expect(others.filter((r) => /matches the role you want/.test(r))).toEqual([]);
    expect(result.jobs.filter((j) => !/engineer|developer/i.test(j.title)).map((j) => j.title)).toEqual([]);
  });

  it('a text from which nothing can be read is a warning naming it, not silence', () => {
    const { stderr } = hunt('asdf qwerty zzz', 'nothing');
    expect(stderr).toMatch(/Nothing could be read from the preferences "asdf qwerty zzz"/);
  });
});
