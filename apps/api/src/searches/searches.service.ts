import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { PrefsParserAgent, ResumeParserAgent } from '@job-hunter/agents';
import {
  SavedSearchActions,
  TemporalClientFactory,
  createRunRecord,
  newSavedSearch,
  preflightRun,
  searchRunConfig,
  searchScheduleSync,
  searchView,
} from '@job-hunter/orchestration';
import { RunInputRepository, RunRepository, SavedSearchRepository, type SavedSearch } from '@job-hunter/persistence';
import { ApiError } from '../errors/api-error';
import { asSent, RunIntake, type RunUploads } from '../runs/run-intake';
import { RunEvents } from '../runs/run-events';
import { RunPipeline } from '../runs/run-pipeline';
import { RunsService } from '../runs/runs.service';
import type { CreateSearchForm } from './create-search.dto';
import { SearchRunLock } from './search-run-lock';

export type SearchView = ReturnType<typeof searchView>;

/**
 * The saved searches of the API: stored, paused, resumed and deleted as `search save|pause|resume|delete`
 * do it (SavedSearchActions, its Temporal Schedule kept in step), and run through the API's run queue.
 */
@Injectable()
export class SearchesService {
  private readonly lock: SearchRunLock;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pipeline: RunPipeline,
    private readonly intake: RunIntake,
    private readonly runs: RunsService,
    events: RunEvents,
  ) {
    this.lock = new SearchRunLock(events);
  }

  async list(): Promise<SearchView[]> {
    return (await (await this.repository()).list()).map(searchView);
  }

  async view(name: string): Promise<SearchView> {
    return searchView(await this.named(name));
  }

  /** Stores a search from an upload: 400 on bad input and 409 when the name is taken, nothing stored either way. */
  async create(form: CreateSearchForm, files: RunUploads): Promise<SearchView> {
    this.intake.checkFiles(files);
    const searches = await this.repository();
    if (await searches.getByName(form.name)) {
      throw new ApiError(409, 'SEARCH_EXISTS', `A search named "${form.name}" already exists.`);
    }
    // The uploads are read once here and stored with the search; their folder goes again.
    const folder = path.join(path.resolve(this.config.outputDir), '.inputs', `search-${randomUUID()}`);
    let written: Partial<Record<keyof RunUploads, string>> = {};
    try {
      await mkdir(folder, { recursive: true });
      written = await this.intake.writeFiles(folder, files);
      const options = { ...this.intake.optionsOf(form, written), every: form.every, cron: form.cron };
      const parsers = {
        resumeParser: await this.pipeline.get(ResumeParserAgent),
        prefsParser: await this.pipeline.get(PrefsParserAgent),
      };
      const search = await newSavedSearch(form.name, written.resume, options, this.config, parsers);
      return searchView(await (await this.actions()).save(search));
    } catch (e) {
      throw asSent(e, folder, written, files);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  /**
   * Starts a run of the search through the run queue (as POST /runs), holding the search's lock
   * until the run ends (409 SEARCH_BUSY while another run of it holds it); noted on the search as its last run.
   */
  async run(name: string): Promise<string> {
    const search = await this.named(name);
    const searches = await this.repository();
    await this.lock.take(searches, search.id, name);
    try {
      return await this.runs.enqueue(async () => {
        const now = new Date();
        const run = await searchRunConfig(search, now, this.config);
        try {
          preflightRun(run, this.config);
          const stores = {
            runs: await this.pipeline.get(RunRepository),
            inputs: await this.pipeline.get(RunInputRepository),
          };
          await createRunRecord(stores, run, run.orchestrator, this.config, 'queued');
        } catch (e) {
          await rm(path.dirname(run.resumePath), { recursive: true, force: true });
          throw e;
        }
        await searches.recordRun(search.id, run.runId, now.toISOString());
        this.lock.holdFor(searches, search.id, run.runId);
        return run.runId;
      });
    } catch (e) {
      await this.lock.free(searches, search.id);
      throw e;
    }
  }

  async setPaused(name: string, paused: boolean): Promise<SearchView> {
    await (await this.actions()).setPaused(await this.named(name), paused);
    return this.view(name);
  }

  async delete(name: string): Promise<void> {
    await (await this.actions()).delete(await this.named(name));
  }

  private async named(name: string): Promise<SavedSearch> {
    const search = await (await this.repository()).getByName(name);
    if (!search) throw new ApiError(404, 'SEARCH_NOT_FOUND', `No saved search named "${name}".`);
    return search;
  }

  private repository(): Promise<SavedSearchRepository> {
    return this.pipeline.get(SavedSearchRepository);
  }

  private async actions(): Promise<SavedSearchActions> {
    const schedules = searchScheduleSync(this.config, await this.pipeline.get(TemporalClientFactory));
    return new SavedSearchActions(await this.repository(), schedules);
  }
}
