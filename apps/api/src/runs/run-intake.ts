import { mkdir, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { PrefsParserAgent, ResumeParserAgent } from '@job-hunter/agents';
import { JobHunterError, isJobHunterError, type RunConfig } from '@job-hunter/domain';
import {
  buildRunConfig,
  checkRunInputs,
  createRunRecord,
  newRunId,
  preflightRun,
  snapshotRecordedAt,
  type RunOptions,
} from '@job-hunter/orchestration';
import { RunInputRepository, RunRepository } from '@job-hunter/persistence';
import type { CreateRunForm } from './create-run.dto';
import { RunPipeline } from './run-pipeline';
import { checkUpload, type UploadKind, type UploadedFile } from './run-upload';

/** The files of a POST /runs, by field (at most one each). */
export type RunUploads = Partial<Record<UploadKind, UploadedFile[]>>;

/**
 * Turns a POST /runs into a recorded run with status `queued`: the files are checked (413/415)
 * and written into the run's input folder (OUTPUT_DIR/.inputs/RUN_ID), the options and inputs
 * checked as `run` checks them (a bad one is 400 and the folder is removed again), then the run is
 * recorded with its inputs stored by claim check. JH_SNAPSHOT_DIR and JH_COMPANIES_FILE apply here.
 */
@Injectable()
export class RunIntake {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pipeline: RunPipeline,
  ) {}

  /** Checks the uploaded files before anything is stored; throws 400/413/415. */
  checkFiles(files: RunUploads): void {
    if (!files.resume?.[0]) throw bad('Give a resume: the form field `resume` (PDF, DOCX, TXT or Markdown).');
    for (const kind of Object.keys(files) as UploadKind[]) {
      const file = files[kind]?.[0];
      if (file) checkUpload(kind, file);
    }
  }

  /** Records the run (status `queued`) and returns its config. */
  async record(form: CreateRunForm, files: RunUploads): Promise<RunConfig> {
    const runId = newRunId();
    const folder = path.join(path.resolve(this.config.outputDir), '.inputs', runId);
    const written: Partial<Record<UploadKind, string>> = {};
    try {
      await mkdir(folder, { recursive: true });
      Object.assign(written, await this.writeFiles(folder, files));
      const options = this.optionsOf(form, written);
      // The id the input folder is named after, not the one buildRunConfig draws.
      // A replayed market is judged as of the day it was recorded, as `demo` judges it.
      const now = options.snapshot ? snapshotRecordedAt(options.snapshot) : undefined;
      const run = { ...buildRunConfig(written.resume, options, this.config, now).run, runId };
      preflightRun(run, this.config);
      const [resumeParser, prefsParser] = [
        await this.pipeline.get(ResumeParserAgent),
        await this.pipeline.get(PrefsParserAgent),
      ];
      await checkRunInputs(run, { resumeParser, prefsParser });
      const stores = {
        runs: await this.pipeline.get(RunRepository),
        inputs: await this.pipeline.get(RunInputRepository),
      };
      return await createRunRecord(stores, run, run.orchestrator, this.config, 'queued');
    } catch (e) {
      await rm(folder, { recursive: true, force: true });
      throw asSent(e, folder, written, files);
    }
  }

  /** The run options of a form whose files are written (POST /runs, POST /searches). */
  optionsOf(form: CreateRunForm, written: Partial<Record<UploadKind, string>>): RunOptions {
    return {
      prefs: form.prefs,
      prefsFile: written.prefsFile,
      companies: written.companies ?? this.config.api.companiesFile,
      snapshot: this.config.api.snapshotDir,
      engine: form.engine,
      temporal: form.temporal === 'true',
      dryRun: form.dryRun === 'true',
      companyLimit: form.companyLimit,
      top: form.top,
      maxPerCompany: form.maxPerCompany,
      email: form.email,
    };
  }

  /** Writes each file as `<field><ext>` (never under the name the client gave). */
  async writeFiles(folder: string, files: RunUploads): Promise<Partial<Record<UploadKind, string>>> {
    const written: Partial<Record<UploadKind, string>> = {};
    for (const kind of Object.keys(files) as UploadKind[]) {
      const file = files[kind]?.[0];
      if (!file) continue;
      const target = path.join(folder, `${kind}${checkUpload(kind, file)}`);
      await writeFile(target, file.buffer);
      written[kind] = target;
    }
    return written;
  }
}

/**
 * A refusal as the person can read it: each stored upload named as they sent it ("My CV.pdf"), never
 * by its path in the server's input folder (the CLI names the path its user gave, which is theirs).
 */
export function asSent(
  e: unknown,
  folder: string,
  written: Partial<Record<UploadKind, string>>,
  files: RunUploads,
): unknown {
  if (!isJobHunterError(e) || !e.message.includes(folder)) return e;
  let message = e.message;
  for (const [kind, stored] of Object.entries(written) as Array<[UploadKind, string]>) {
    message = message.split(stored).join(path.basename(files[kind]?.[0]?.originalname ?? kind));
  }
  message = message
    .split(folder + path.sep)
    .join('')
    .split(folder)
    .join('the upload');
  return new JobHunterError(e.code, message, { cause: e.cause, retryable: e.retryable, company: e.company });
}

function bad(message: string): JobHunterError {
  return new JobHunterError('INVALID_INPUT', message);
}
