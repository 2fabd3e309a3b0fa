import { Injectable } from '@nestjs/common';
import {
  applyHardFilters,
  cleanText,
  droppedDecision,
  dedupeJobs,
  headDropReason,
  isInvalidJob,
  matchOccupation,
  memoByText,
  readJob,
  readJobHead,
  roleGateFor,
  titleDropReason,
  withSkills,
  type JobBeforeSkills,
  type JobDecision,
  type CandidateProfile,
  type JobHead,
  type OccupationCatalog,
  type RawJob,
  type RoleGate,
  type SearchPreferences,
} from '@job-hunter/domain';
import { loadOccupationCatalog } from './occupation-catalog.loader';
import type { CompanyJobs, JobDescription, ProcessOptions, ProcessResult } from './job-processor.types';

function addCount(into: Record<string, number>, reason: string, n: number): void {
  if (n > 0) into[reason] = (into[reason] ?? 0) + n;
}

/** A job whose head passed, and its place among its company's jobs. */
interface Passed {
  raw: RawJob;
  head: JobHead;
  occupation: string;
  index: number;
}

/** The passed jobs with the descriptions read for them (in the same order). */
async function described(passed: Passed[], read: NonNullable<CompanyJobs['descriptions']>): Promise<Passed[]> {
  const descriptions: readonly JobDescription[] = await read(passed.map((p) => p.index));
  return passed.map((p, i) => ({ ...p, raw: { ...p.raw, ...descriptions[i] } }));
}

/** What the processor judges every job by: the preferences and the roles they admit. */
interface Judging {
  prefs: SearchPreferences;
  gate: RoleGate;
}

/**
 * Jobs normalised so far: each raw job is read once and can be let go of straight after. A job whose
 * title or company the preferences rule out (most of a market: other kinds of work) is dropped on its
 * head alone, before its description is read, with the reason `filterJob` would give it.
 */
class Normalised {
  readonly jobs: JobBeforeSkills[] = [];
  readonly dropped: Record<string, number> = {};
  readonly droppedJobs: JobDecision[] = [];
  scraped = 0;
  /** Jobs dropped on their head: never de-duplicated, each counts as one distinct job. */
  droppedEarly = 0;
  /** A market repeats its common titles ("Senior Software Engineer") across boards: each is matched once. */
  private readonly occupationOf: (title: string) => string;

  constructor(
    catalog: OccupationCatalog,
    readonly judging: Judging,
  ) {
    this.occupationOf = memoByText((title) => matchOccupation(catalog, title)?.occupation.name ?? '');
  }

  add(raw: Iterable<RawJob>): void {
    this.read(this.judgeHeads(raw));
  }

  /** Counts and drops the jobs ruled out on their head; the rest, which need their descriptions, come back. */
  judgeHeads(raw: Iterable<RawJob>): Passed[] {
    const passed: Passed[] = [];
    let index = 0;
    for (const r of raw) {
      this.scraped++;
      const head = readJobHead(r);
      if (isInvalidJob(head)) {
        addCount(this.dropped, 'invalid', 1);
        this.droppedJobs.push(droppedDecision(r, 'invalid', r.locations.join('; ')));
      } else {
        const judged = { ...head, occupation: this.occupationOf(head.title) };
        const reason = headDropReason(judged, this.judging.prefs, this.judging.gate);
        if (reason) {
          this.droppedEarly++;
          addCount(this.dropped, reason, 1);
          this.droppedJobs.push(droppedDecision(judged, reason));
        } else passed.push({ raw: r, head, occupation: judged.occupation, index });
      }
      index++;
    }
    return passed;
  }

  /** Reads the passed jobs in full (their descriptions included). */
  read(passed: readonly Passed[]): void {
    for (const { raw, head, occupation } of passed) this.jobs.push({ ...readJob(raw, head), occupation });
  }
}

/**
 * Normalises, de-duplicates, reads each title's occupation and hard-filters scraped jobs. Every
 * raw job ends up either kept or counted under one drop reason: raw.length = jobs.length + drops
 * (board skips aside), and each drop is a row of `droppedJobs`.
 */
@Injectable()
export class JobProcessorAgent {
  private catalog?: OccupationCatalog;

  process(raw: Iterable<RawJob>, prefs: SearchPreferences, now: Date, opts: ProcessOptions = {}): ProcessResult {
    const normalised = this.normalised(prefs, opts);
    normalised.add(raw);
    return this.finish(normalised, now, opts);
  }

  /**
   * The same, for a market read one company at a time (e.g. from its checkpoints): each company's raw
   * jobs, the bulk of a market's memory (descriptions as HTML and as text), are normalised and let go
   * of before the next is read, and the boards' skips are counted as they come. A company whose
   * descriptions come apart has them read only for the jobs whose head passes.
   */
  async processCompanies(
    companies: AsyncIterable<CompanyJobs> | Iterable<CompanyJobs>,
    prefs: SearchPreferences,
    now: Date,
    opts: Omit<ProcessOptions, 'skipped'> = {},
  ): Promise<ProcessResult> {
    const normalised = this.normalised(prefs, opts);
    const skipped: Record<string, number> = {};
    for await (const company of companies) {
      const passed = normalised.judgeHeads(company.jobs);
      normalised.read(company.descriptions ? await described(passed, company.descriptions) : passed);
      for (const [reason, n] of Object.entries(company.skipped)) addCount(skipped, reason, n);
    }
    return this.finish(normalised, now, { ...opts, skipped });
  }

  /**
   * The run's title filter: false for a posting this processor will drop on its title and company
   * alone (an excluded company or title, another kind of work), judged as `process` judges the job's
   * head (the same normalised text, occupation matching and role gate), so a board can skip reading
   * the details of a posting the run never uses. A posting with no title passes (the processor
   * counts it as invalid).
   */
  titleFilter(
    prefs: SearchPreferences,
    profile?: Pick<CandidateProfile, 'titles'>,
  ): (posting: { title: string; company: string }) => boolean {
    const catalog = this.occupations();
    const gate = roleGateFor(catalog, prefs, profile ?? { titles: [] });
    const occupationOf = memoByText((title) => matchOccupation(catalog, title)?.occupation.name ?? '');
    return (posting) => {
      const title = cleanText(posting.title ?? '');
      if (!title) return true;
      const job = { title, company: cleanText(posting.company ?? ''), occupation: occupationOf(title) };
      return titleDropReason(job, prefs, gate) === null;
    };
  }

  private occupations(): OccupationCatalog {
    return (this.catalog ??= loadOccupationCatalog());
  }

  private normalised(prefs: SearchPreferences, opts: ProcessOptions): Normalised {
    const gate = roleGateFor(this.occupations(), prefs, opts.profile ?? { titles: [] });
    return new Normalised(this.occupations(), { prefs, gate });
  }

  private finish(normalised: Normalised, now: Date, opts: ProcessOptions): ProcessResult {
    const { dropped, droppedJobs, judging } = normalised;
    const deduped = dedupeJobs(normalised.jobs);
    addCount(dropped, 'duplicate', deduped.duplicates);
    for (const d of deduped.duplicateJobs) droppedJobs.push(droppedDecision(d, 'duplicate'));
    const filtered = applyHardFilters(deduped.kept, judging.prefs, now, opts.industriesByCompany ?? {}, judging.gate);
    for (const [reason, n] of Object.entries(filtered.dropped)) addCount(dropped, reason, n);
    for (const { job, reason } of filtered.droppedJobs) droppedJobs.push(droppedDecision(job, reason));
    for (const [reason, n] of Object.entries(opts.skipped ?? {})) addCount(dropped, reason, n);
    return {
      // Skills only for the jobs kept: nothing before scoring reads them.
      jobs: filtered.kept.map(withSkills),
      stats: {
        jobsScraped: normalised.scraped,
        jobsAfterDedupe: normalised.droppedEarly + deduped.kept.length,
        undatedKept: filtered.undatedKept,
        dropped,
      },
      droppedJobs,
    };
  }
}
