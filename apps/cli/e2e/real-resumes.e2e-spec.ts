import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ResumeSummary, Seniority } from '@job-hunter/domain';
import { REPO_ROOT, runCli, scratch } from './cli-harness';

const RESUMES = path.resolve(REPO_ROOT, '../shared/fixtures/real/resumes');

interface Expected {
  file: string;
  prefs: string;
  /** The latest titles, most recent first, as a recruiter would list them. */
  titles: string[];
  /** Paid work runs without a gap from this month to the present: years are counted from it. */
  workingSince: string;
  seniority: Seniority;
  country: string;
  skills: string[];
}

/**
 * What a careful recruiter reads in the five real pdfTeX resumes (words placed by position). Years
 * are merged job ranges up to today: overlaps once, degrees and personal projects left out; a
 * title without a level word takes its level from those years, never above senior.
 */
const PEOPLE: Expected[] = [
  {
    // Product manager at Google since 2017, a software engineer at Amazon, Apple, Netflix and Facebook
    // from 1999 to 2017; an MBA (2016–18) overlaps the job and a project runs since 2020: neither counts.
    file: 'alfred_pennyworth_pm.pdf',
    prefs: 'Product manager roles, remote in the US',
    titles: ['Product Manager', 'Software Development Engineer III', 'Software Development Engineer II'],
    workingSince: '1999-01',
    seniority: 'senior',
    country: 'US',
    skills: ['Product Management', 'Agile'],
  },
  {
    // A front-end engineer at Google since June 2022, straight after a B.Tech (2018–22).
    file: 'barry_allen_fe.pdf',
    prefs: 'Frontend engineer roles in the Bay Area or remote in the US',
    titles: ['Software Engineer (Front-End)'],
    workingSince: '2022-06',
    seniority: 'mid',
    country: 'US',
    skills: ['JavaScript', 'React'],
  },
  {
    // MERN developer at OpenAI since 2020, full stack at Uber 2015–20, developer at Facebook 2012–15;
    // the PhD, MSc and BSc (2003–12) and a personal project are not work.
    file: 'bruce_wayne_fullstack.pdf',
    prefs: 'Full stack developer roles, remote in the US',
    titles: ['MERN Stack Developer', 'Full Stack Developer', 'Software Developer'],
    workingSince: '2012-06',
    seniority: 'senior',
    country: 'US',
    skills: ['MongoDB', 'React', 'Node.js'],
  },
  {
    // ML engineer at OpenAI since 2021, data scientist at Uber 2018–21, junior data analyst 2016–18.
    file: 'harvey_dent_mle.pdf',
    prefs: 'Machine learning engineer roles, remote in the US',
    titles: ['Machine Learning Engineer', 'Data Scientist', 'Junior Data Analyst'],
    workingSince: '2016-01',
    seniority: 'senior',
    country: 'US',
    skills: ['Python', 'PyTorch'],
  },
  {
    // Full stack Java developer since June 2018, a software developer from July 2016; titles and
    // dates on one line ("…, June 2018 - Present"), the degree dated May 2016 alone.
    file: 'john_doe.pdf',
    prefs: 'Java full stack developer roles anywhere in the US',
    titles: ['Full Stack Java Developer', 'Software Developer'],
    workingSince: '2016-07',
    seniority: 'senior',
    country: 'US',
    skills: ['Java', 'Spring Boot', 'Angular'],
  },
];

/** Whole years (one decimal) from a month to the month the resume is read in, as the parser counts. */
function yearsSince(isoMonth: string, now: Date): number {
  const [year, month] = isoMonth.split('-').map(Number) as [number, number];
  const months = now.getUTCFullYear() * 12 + now.getUTCMonth() - (year * 12 + month - 1);
  return Math.round((months / 12) * 10) / 10;
}

(fs.existsSync(RESUMES) ? describe : describe.skip)('the five real resumes, read by understand (built CLI)', () => {
  it.each(PEOPLE.map((p) => [p.file, p] as const))(
    '%s: titles, years, level and home as a recruiter reads them',
    (file, expected) => {
      const { dir, env } = scratch('resume');
      const run = runCli(['understand', path.join(RESUMES, file), '--prefs', expected.prefs, '--json'], env, dir);
      expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
      const resume = (JSON.parse(run.stdout) as { resume?: ResumeSummary }).resume;
      expect(resume).toBeDefined();
      expect(resume?.titles).toEqual(expected.titles);
      expect(resume?.seniority).toBe(expected.seniority);
      expect(resume?.home?.country).toBe(expected.country);
      expect(resume?.topSkills).toEqual(expect.arrayContaining(expected.skills));
      // The run and this check read "today" seconds apart; a month boundary between them moves 0.1.
      const years = yearsSince(expected.workingSince, new Date());
      expect(resume?.yearsExperience).toBeGreaterThanOrEqual(years - 0.1);
      expect(resume?.yearsExperience).toBeLessThanOrEqual(years + 0.1);
    },
    60_000,
  );
});
