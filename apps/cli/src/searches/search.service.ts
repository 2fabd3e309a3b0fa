import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { JobHunterError, errorMessage } from '@job-hunter/domain';
import { PrefsParserAgent, ResumeParserAgent } from '@job-hunter/agents';
import {
  bad,
  newSavedSearch,
  nextDueAt,
  preflightRun,
  SavedSearchActions,
  SEARCH_SCHEDULES,
  searchRunConfig,
  type SearchSaveOptions,
  type SearchScheduleSync,
} from '@job-hunter/orchestration';
import { keepSearchLock, SavedSearchRepository, takeSearchLock, type SavedSearch } from '@job-hunter/persistence';
import { HuntService } from '../commands/hunt.service';
import { STDERR_LOGGER, type StderrLogger } from '../logging/stderr.logger';
import { EXIT_FAILED, EXIT_OK } from '../exit-codes';
import { searchDetails, searchJson, searchLine, type NextRuns } from './search-text';

export interface SearchRunOptions {
  json?: boolean;
  verbose?: boolean;
  withWorker?: boolean;
}

/** What the `search` commands do. */
@Injectable()
export class SearchService {
  private readonly logger = new Logger('Search');
  /** This process, as the holder of the locks it takes. */
  private readonly owner = `${process.pid}-${randomBytes(6).toString('hex')}`;
  private readonly actions: SavedSearchActions;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly searches: SavedSearchRepository,
    private readonly resumeParser: ResumeParserAgent,
    private readonly prefsParser: PrefsParserAgent,
    private readonly hunt: HuntService,
    @Inject(STDERR_LOGGER) private readonly stderr: StderrLogger,
    @Inject(SEARCH_SCHEDULES) private readonly schedules: SearchScheduleSync,
  ) {
    this.actions = new SavedSearchActions(searches, schedules);
  }

  async save(
    name: string,
    resume: string | undefined,
    options: SearchSaveOptions & { verbose?: boolean },
  ): Promise<number> {
    this.stderr.setLevel(options.verbose ? 'debug' : this.config.logLevel);
    const parsers = { resumeParser: this.resumeParser, prefsParser: this.prefsParser };
    const search = await this.actions.save(await newSavedSearch(name, resume, options, this.config, parsers));
    process.stdout.write(`${searchDetails(search)}\n`);
    return EXIT_OK;
  }

  async list(): Promise<number> {
    const all = await this.searches.list();
    process.stdout.write(all.length ? `${all.map(searchLine).join('\n')}\n` : 'No saved searches.\n');
    return EXIT_OK;
  }

  async show(name: string, json: boolean): Promise<number> {
    const search = await this.named(name);
    process.stdout.write(`${json ? searchJson(search) : searchDetails(search, await this.nextRuns(search))}\n`);
    return EXIT_OK;
  }

  /** Under Temporal, the search's schedule as Temporal keeps it (unreachable: said, not fatal); else the database's slot. */
  private async nextRuns(search: SavedSearch): Promise<NextRuns> {
    if (this.config.orchestrator !== 'temporal') return { on: 'database' };
    try {
      return { on: 'temporal', schedule: await this.schedules.describe(search.id) };
    } catch (e) {
      return { on: 'temporal', unreadable: errorMessage(e) };
    }
  }

  async delete(name: string): Promise<number> {
    const search = await this.named(name);
    await this.actions.delete(search);
    process.stdout.write(`Deleted search ${name}.\n`);
    return EXIT_OK;
  }

  async setPaused(name: string, paused: boolean): Promise<number> {
    const search = await this.named(name);
    await this.actions.setPaused(search, paused);
    process.stdout.write(`${paused ? 'Paused' : 'Resumed'} search ${name}.\n`);
    return EXIT_OK;
  }

  /** Runs the search now, whatever its schedule (which stays as it was). */
  async runNamed(name: string, options: SearchRunOptions): Promise<number> {
    this.stderr.setLevel(options.verbose ? 'debug' : this.config.logLevel);
    const search = await this.named(name);
    if (!(await takeSearchLock(this.searches, search.id, this.owner))) {
      throw new JobHunterError('INTERNAL', `Search ${name} is running already (another process holds it); try later.`);
    }
    return this.runLocked(search, options, search.nextDueAt);
  }

  /**
   * Runs every unpaused search whose time has come, one after another, each only once it holds the
   * search's lock (and the search is still due), then moves it to its next slot. For cron or a
   * Kubernetes CronJob: overlapping invocations never run one search twice.
   */
  async runDue(options: SearchRunOptions): Promise<number> {
    this.stderr.setLevel(options.verbose ? 'debug' : this.config.logLevel);
    if (this.config.orchestrator === 'temporal') {
      // Their Temporal Schedules run them (search save made one each): running them here too would run them twice.
      this.logger.warn('JH_ORCHESTRATOR=temporal: saved searches run on their Temporal Schedules; --due runs none.');
      return EXIT_OK;
    }
    const started = new Date();
    const due = await this.searches.listDue(started);
    if (due.length === 0) this.logger.log('No saved search is due.');
    let code = EXIT_OK;
    for (const search of due) {
      if (!(await takeSearchLock(this.searches, search.id, this.owner, started))) {
        this.logger.log(`Search ${search.name}: another process runs it (or ran it already); skipped.`);
        continue;
      }
      const now = new Date();
      const next = search.schedule && nextDueAt(search.schedule, new Date(search.nextDueAt ?? now), now);
      this.logger.log(`Search ${search.name}: due ${search.nextDueAt}, running.`);
      const outcome = await this.runLocked(search, options, next?.toISOString()).catch((e: unknown) => {
        this.logger.error(`Search ${search.name}: ${errorMessage(e)}`);
        return EXIT_FAILED;
      });
      if (outcome !== EXIT_OK) code = EXIT_FAILED;
    }
    return code;
  }

  /** Runs a search whose lock this process holds, renewing it meanwhile; records the run and frees it. */
  private async runLocked(
    search: SavedSearch,
    options: SearchRunOptions,
    nextDue: string | undefined,
  ): Promise<number> {
    const stopRenewing = keepSearchLock(this.searches, search.id, this.owner);
    let runId: string | undefined;
    try {
      const run = await searchRunConfig(search, new Date(), this.config);
      preflightRun(run, this.config);
      runId = run.runId;
      return await this.hunt.start(run, run.resumePath, options, { command: 'run' });
    } finally {
      stopRenewing();
      await this.searches.finishRun(search.id, this.owner, {
        lastRunId: runId,
        lastRunAt: new Date().toISOString(),
        nextDueAt: nextDue,
      });
    }
  }

  private async named(name: string): Promise<SavedSearch> {
    const search = await this.searches.getByName(name);
    if (!search) throw bad(`No saved search named "${name}": see job-hunter search list.`);
    return search;
  }
}
