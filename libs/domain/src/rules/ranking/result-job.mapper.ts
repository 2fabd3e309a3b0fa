import type { ResultJob } from '../../models/run';
import type { ScoredJob } from '../../models/scored';
import { jobKey } from '../matching/job-key';
import { formatSalary } from './salary-label';

/** One shortlist entry in the shape of contract section 5. */
export function toResultJob(s: ScoredJob, rank: number): ResultJob {
  const { job, fit } = s;
  const out: ResultJob = {
    rank,
    jobKey: jobKey(job),
    score: Math.round(Math.min(100, Math.max(0, s.score))),
    title: job.title,
    company: job.company,
    location: job.locationLabel,
    remote: job.remote,
    postedAt: job.postedAt,
    applyUrl: job.url,
    ats: job.ats,
    matchedSkills: [...fit.matchedSkills],
    missingSkills: [...fit.missingSkills],
    reasons: [...fit.reasons],
  };
  const salary = job.salary ? formatSalary(job.salary) : '';
  if (salary) out.salary = salary;
  if (fit.fxDate) out.fxDate = fit.fxDate;
  if (job.occupation) out.occupation = job.occupation;
  return out;
}

/** A near miss: the job as the shortlist would show it, first saying why it is not a match. */
export function nearMissJob(s: ScoredJob, rank: number, minScore: number): ResultJob {
  const out = toResultJob(s, rank);
  out.reasons = [`Scored ${out.score}, below the ${minScore} a match needs (JH_MIN_SCORE)`, ...out.reasons];
  return out;
}
