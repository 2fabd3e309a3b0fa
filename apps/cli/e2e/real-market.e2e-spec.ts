import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ResultJob, RunResult } from '@job-hunter/domain';
import { REPO_ROOT, runCli, scratch } from './cli-harness';

/**
 * Real resumes against real recorded job markets (../shared/fixtures), with preferences written as
 * those people would write them. The check of each top 10 is independent of the product's own
 * occupation table: a plain statement, per persona, of which job titles belong to their profession.
 */
const SHARED = path.resolve(REPO_ROOT, '../shared/fixtures');
const MARKET = path.join(SHARED, 'real-market');
const SMALL = path.join(SHARED, 'real');
const RESUMES = path.join(SMALL, 'resumes');
const present = fs.existsSync(path.join(MARKET, 'companies.json')) && fs.existsSync(RESUMES);
const describeReal = present ? describe : describe.skip;

interface Persona {
  resume: string;
  prefs: string;
  /** A title of the person's own profession. */
  ownProfession: RegExp;
  /** Titles of other professions that share words with theirs (e.g. "Engineering Manager"). */
  otherProfession?: RegExp;
  /** Where each shortlisted job must be: a US place or remote open to people in the US. */
  inScope: RegExp;
}

const US_OR_REMOTE =
  /united states|\bUSA?\b|remote|san francisco|new york|\bNYC\b|seattle|los angeles|mountain view|palo alto|bay area|california|\bCA\b|\bNY\b|austin|boston|chicago|denver|redwood|menlo park|oakland|san jose|sunnyvale|san mateo|foster city|south san francisco/i;

const PERSONAS: Record<string, Persona> = {
  fullstack: {
    resume: 'bruce_wayne_fullstack.pdf',
    prefs:
      'Senior full stack or backend roles (Node, React, TypeScript). San Francisco Bay Area on-site or hybrid, or remote within the US. No crypto please.',
    ownProfession:
      /\b(?:engineer|developer|engineering|programmer|swe|sde|architect)\b|full[\s-]?stack|back[\s-]?end|front[\s-]?end/i,
    otherProfession:
      /\b(?:manager|recruit\w*|sales|account executive|designer|marketing|support|success|operations|analyst|technician|coordinator|videographer|counsel|director|head of)\b/i,
    inScope: US_OR_REMOTE,
  },
  product: {
    resume: 'alfred_pennyworth_pm.pdf',
    prefs:
      "Product manager roles, senior or above — I've been a PM at Google since 2017. Bay Area or remote in the US. I don't want engineering roles anymore.",
    ownProfession:
      /\bproduct\b.*\b(?:manager|management|lead|owner|director|head)\b|\bhead of product\b|\b(?:g|s)?pm\b/i,
    inScope: US_OR_REMOTE,
  },
  ml: {
    resume: 'harvey_dent_mle.pdf',
    prefs:
      'Machine learning engineer or applied scientist roles (NLP, LLMs, PyTorch). San Francisco or New York, hybrid or on-site, or remote US. Not looking for people management.',
    ownProfession:
      /machine learning|\bml\b|\bai\b|artificial intelligence|applied scientist|research (?:engineer|scientist)|data scientist|\bllm\b|deep learning|nlp|model/i,
    otherProfession: /\b(?:manager|recruit\w*|sales|account executive|designer|marketing|support|success)\b/i,
    inScope: US_OR_REMOTE,
  },
};

function hunt(market: string, persona: Persona, label: string): RunResult {
  const { dir, env } = scratch(`real-${label}`);
  const run = runCli(
    [
      'run',
      path.join(RESUMES, persona.resume),
      '--prefs',
      persona.prefs,
      '--companies',
      path.join(market, 'companies.json'),
      '--snapshot',
      path.join(market, 'snapshot'),
      '--engine',
      'heuristic',
      '--json',
    ],
    env,
    dir,
  );
  expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(run.stdout) as RunResult;
}

function describeTop(jobs: ResultJob[]): string {
  return jobs.map((j) => `${j.rank}. ${j.score} ${j.title} — ${j.company} (${j.location})`).join('\n');
}

describeReal('real resumes on the real recorded market (243 boards, 5,699 jobs)', () => {
  for (const [label, persona] of Object.entries(PERSONAS)) {
    describe(label, () => {
      let result: RunResult;
      beforeAll(() => {
        result = hunt(MARKET, persona, label);
        process.stderr.write(`\n${label} top 10:\n${describeTop(result.jobs.slice(0, 10))}\n`);
      });

      it('has a top 10 of their own profession only, in places they can work', () => {
        const top = result.jobs.slice(0, 10);
        expect(top.length).toBe(10);
        const offProfession = top.filter(
          (j) => !persona.ownProfession.test(j.title) || (persona.otherProfession?.test(j.title) ?? false),
        );
        expect(offProfession.map((j) => j.title)).toEqual([]);
        expect(top.filter((j) => !persona.inScope.test(j.location)).map((j) => j.location)).toEqual([]);
      });

      it('shows what it understood and accounts for what it dropped', () => {
        expect(result.reading?.roles.length).toBeGreaterThan(0);
        expect(result.stats.dropped['role'] ?? 0).toBeGreaterThan(0);
      });
    });
  }
});

describeReal('a real resume on the small real snapshot (17 Ashby boards)', () => {
  it('keeps other professions out of the shortlist entirely', () => {
    const persona = PERSONAS['fullstack'] as Persona;
    const result = hunt(SMALL, persona, 'small');
    process.stderr.write(`\nsmall snapshot shortlist:\n${describeTop(result.jobs)}\n`);
    const offProfession = result.jobs.filter(
      (j) => !persona.ownProfession.test(j.title) || (persona.otherProfession?.test(j.title) ?? false),
    );
    expect(offProfession.map((j) => j.title)).toEqual([]);
  });
});
