import {
  JOB_MARK_STATES,
  JobHunterError,
  boardState,
  storedJobKey,
  type BoardState,
  type JobMarkState,
  type ResultJob,
} from '@job-hunter/domain';
import type { JobMarkRepository, JobSightingRepository, RunRepository, StoredJobMark } from '@job-hunter/persistence';

export const NOTE_MAX_CHARS = 2000;

/** A mark as asked for: by the API's PUT /runs/:id/jobs/:rank/mark or the CLI's `jobs mark`. */
export interface MarkRequest {
  state: JobMarkState;
  /** YYYY-MM-DD; default: today on this machine. */
  at?: string;
  note?: string;
}

/** A marked job with where it stands on its board now. */
export interface Application extends StoredJobMark {
  board: BoardState;
}

/** An application as the API's GET /marks and the CLI's `applications --json` show it (no bookkeeping time). */
export type ApplicationView = Omit<Application, 'updatedAt'>;

export function applicationView({ updatedAt: _updatedAt, ...view }: Application): ApplicationView {
  return view;
}

/** A page of applications, newest first, and the cursor of the next page (null on the last). */
export interface ApplicationPage {
  applications: Application[];
  next: string | null;
}

export interface JobMarkStores {
  runs: Pick<RunRepository, 'get'>;
  marks: Pick<JobMarkRepository, 'put' | 'delete' | 'list' | 'page'>;
  sightings: Pick<JobSightingRepository, 'seen'>;
}

/**
 * The person's marks on the shortlisted jobs of finished runs, held by each job's jobKey: the one
 * path of the API's mark routes and the CLI's `jobs mark|unmark` and `applications`.
 */
export class JobMarkBook {
  constructor(private readonly stores: JobMarkStores) {}

  /** Marks the job at `rank` of the run's shortlist, replacing its earlier mark (from any run). */
  async mark(runId: string, rank: number, request: MarkRequest): Promise<StoredJobMark> {
    checkMarkRequest(request);
    const job = await this.shortlisted(runId, rank);
    return this.stores.marks.put({
      jobKey: storedJobKey(job),
      state: request.state,
      at: request.at ?? today(),
      note: request.note?.trim() || null,
      title: job.title,
      company: job.company,
      applyUrl: job.applyUrl,
      runId,
    });
  }

  /** Removes the mark of the job at `rank`; nothing to remove is no error. */
  async unmark(runId: string, rank: number): Promise<void> {
    const job = await this.shortlisted(runId, rank);
    await this.stores.marks.delete(storedJobKey(job));
  }

  /** The marks, newest first, of one state or all, each with its job's state on its board. */
  async list(state?: JobMarkState): Promise<Application[]> {
    if (state !== undefined) checkState(state);
    return this.withBoards(await this.stores.marks.list(state));
  }

  /** One page of `list`: `limit` marks after the cursor `before` (a `next` of an earlier page). */
  async page(limit: number, options: { state?: JobMarkState; before?: string } = {}): Promise<ApplicationPage> {
    if (options.state !== undefined) checkState(options.state);
    const { marks, next } = await this.stores.marks.page(limit, options);
    return { applications: await this.withBoards(marks), next };
  }

  private async withBoards(marks: StoredJobMark[]): Promise<Application[]> {
    const seen = await this.stores.sightings.seen(marks.map((m) => m.jobKey));
    return marks.map((mark) => ({ ...mark, board: boardState(seen.get(mark.jobKey)) }));
  }

  private async shortlisted(runId: string, rank: number): Promise<ResultJob> {
    const run = await this.stores.runs.get(runId);
    if (!run) throw new JobHunterError('RUN_NOT_FOUND', `No run with id ${runId}.`);
    if (!run.result) {
      throw new JobHunterError('RUN_NOT_FINISHED', `Run ${runId} has no shortlist yet (it is ${run.status}).`);
    }
    const job = run.result.jobs.find((j) => j.rank === rank);
    if (!job) {
      const count = run.result.jobs.length;
      throw new JobHunterError('JOB_NOT_FOUND', `Run ${runId} shortlisted ${count} jobs; none has rank ${rank}.`);
    }
    return job;
  }
}

function checkState(state: string): asserts state is JobMarkState {
  if (!(JOB_MARK_STATES as readonly string[]).includes(state)) {
    throw new JobHunterError('INVALID_INPUT', `state must be one of ${JOB_MARK_STATES.join(', ')} (got '${state}').`);
  }
}

/** The API checks its body before (class-validator, same rules); the CLI's arguments are checked here. */
function checkMarkRequest({ state, at, note }: MarkRequest): void {
  checkState(state);
  if (at !== undefined && !isRealDay(at)) {
    throw new JobHunterError(
      'INVALID_INPUT',
      `The date must be a real day written YYYY-MM-DD, e.g. 2026-03-02 (got '${at}').`,
    );
  }
  if (note !== undefined && note.length > NOTE_MAX_CHARS) {
    throw new JobHunterError(
      'INVALID_INPUT',
      `The note may be at most ${NOTE_MAX_CHARS} characters (it has ${note.length}).`,
    );
  }
}

function isRealDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** This machine's date, YYYY-MM-DD: the CLI and the API run on the person's own machine, in their time zone. */
function today(): string {
  const now = new Date();
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
