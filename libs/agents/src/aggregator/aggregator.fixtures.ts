import {
  emptyPreferences,
  readingOf,
  type NormalisedJob,
  type RunConfig,
  type ScoredJob,
  type Understanding,
} from '@job-hunter/domain';
import { AggregatorAgent, type BuildResultInput } from './aggregator.agent';

/** Builders for the aggregator's tests (unit and int). */
export function scoredJob(
  id: string,
  score: number,
  over: Partial<NormalisedJob> = {},
  reasons = ['Uses TypeScript daily'],
): ScoredJob {
  return {
    job: {
      id,
      ats: 'greenhouse',
      company: 'Acme',
      externalId: id,
      title: `Backend Engineer ${id}`,
      url: `https://boards.greenhouse.io/acme/jobs/${id}`,
      description: '',
      places: [],
      locationLabel: 'Bengaluru, India',
      remote: 'hybrid',
      remoteScope: [],
      seniority: 'senior',
      postedAt: '2024-05-01T00:00:00.000Z',
      dateSource: 'exact',
      skills: [],
      ...over,
    },
    score,
    engine: 'heuristic',
    fit: {
      matchedSkills: ['TypeScript', 'PostgreSQL'],
      missingSkills: ['Kafka'],
      seniority: { fit: 'good', note: '' },
      location: { fit: 'good', note: '' },
      salary: { fit: 'unknown', note: '' },
      recency: { fit: 'good', note: '' },
      title: { fit: 'good', note: '' },
      components: {},
      reasons,
    },
  };
}

export function hostileJob(): ScoredJob {
  return scoredJob(
    'evil',
    99,
    {
      title: '<script>alert(1)</script>',
      company: '<img src=x onerror=alert(2)>',
      url: 'javascript:alert(1)',
      locationLabel: '=HYPERLINK("http://evil.example","x")',
    },
    ['"quoted", with comma', '+cmd|calc', '@SUM(A1)'],
  );
}

export function runConfig(over: Partial<RunConfig> = {}): RunConfig {
  return {
    runId: 'run-1',
    resumePath: 'resume.pdf',
    engine: 'heuristic',
    orchestrator: 'checkpoint',
    dryRun: true,
    forceRescrape: false,
    outputDir: 'output',
    formats: ['json', 'csv', 'xlsx', 'html'],
    top: 50,
    maxPerCompany: 3,
    now: '2024-05-10T00:00:00.000Z',
    ...over,
  };
}

export function buildInput(scored: ScoredJob[], over: Partial<BuildResultInput> = {}): BuildResultInput {
  return {
    scored,
    config: runConfig(),
    startedAt: '2024-05-10T00:00:00.000Z',
    finishedAt: '2024-05-10T00:05:00.000Z',
    stats: {
      companiesAttempted: 3,
      companiesSucceeded: 2,
      jobsScraped: 40,
      jobsAfterDedupe: 35,
      jobsScored: scored.length,
      dropped: { location: 20, excluded_company: 2 },
    },
    cost: { inputTokens: 0, outputTokens: 0, estimatedCostUsd: 0 },
    errors: [],
    ...over,
  };
}

export function sampleResult(
  scored: ScoredJob[] = [scoredJob('a', 91), hostileJob()],
  over: Partial<BuildResultInput> = {},
) {
  return new AggregatorAgent().buildResult(buildInput(scored, over));
}

/** What a run understood, with text a person typed (so hostile markup included) in its fields. */
export function sampleUnderstanding(over: Partial<Understanding> = {}): Understanding {
  return {
    reading: {
      ...readingOf(emptyPreferences()),
      roles: ['backend engineer'],
      seniority: { min: 'senior', max: 'staff' },
      locations: [{ city: 'Bengaluru', country: 'IN' }],
      workModels: ['onsite', 'hybrid', 'remote'],
      remoteFrom: ['IN'],
      minSalary: { amount: 4_000_000, currency: 'INR', period: 'year' },
      excludedCompanies: ['<b>me</b> Lending'],
    },
    readBy: 'rules',
    disagreements: [],
    warnings: [],
    filledFromResume: { maxAgeDays: 30 },
    resume: {
      titles: ['Senior Backend Engineer'],
      yearsExperience: 8,
      seniority: 'senior',
      home: { city: 'Bengaluru', country: 'IN' },
      topSkills: ['Go', 'PostgreSQL'],
    },
    ...over,
  };
}
