import { readFile } from 'node:fs/promises';
import type { AppConfig } from '@job-hunter/config';
import type { OrchestratorKind, RunConfig } from '@job-hunter/domain';
import type { NewRun, RunInput, RunInputKind, RunInputRepository, RunRepository } from '@job-hunter/persistence';
import { runInput } from '@job-hunter/persistence';
import { withSettings } from './run-settings';

/** Where a new run is recorded: the run itself and its input files. */
export interface RunRecordStores {
  runs: Pick<RunRepository, 'create'>;
  inputs: Pick<RunInputRepository, 'save'>;
}

/**
 * Creates the run record both orchestrators start from: the run's config with its settings fixed
 * now, and its input files (resume, preferences file, companies file) stored by claim check, so
 * every stage can run on any worker. Returns the config as stored. A `queued` run (the API's)
 * starts later through an orchestrator's launch.
 */
export async function createRunRecord(
  stores: RunRecordStores,
  config: RunConfig,
  orchestrator: OrchestratorKind,
  appConfig: AppConfig,
  status: NewRun['status'] = 'running',
): Promise<RunConfig> {
  const run = { ...withSettings(config, appConfig), orchestrator };
  // Read before anything is written, so a vanished file leaves no half-made run behind.
  const inputs = await readRunInputs(run);
  await stores.runs.create({
    id: run.runId,
    orchestrator,
    engine: run.engine,
    config: run,
    startedAt: new Date().toISOString(),
    status,
  });
  await stores.inputs.save(run.runId, inputs);
  return run;
}

/**
 * The run's input files as this machine reads them. A file that cannot be read is left out: its
 * parse stage then reads the path itself and fails with the parser's own error (the CLI's
 * preflight has already refused such input before a run is created).
 */
async function readRunInputs(run: RunConfig): Promise<RunInput[]> {
  const files: Array<[RunInputKind, string | undefined]> = [
    ['resume', run.resumePath],
    ['prefs', run.prefsFile],
    ['companies', run.companiesPath],
  ];
  const read = await Promise.all(
    files.map(async ([kind, file]) => {
      if (!file) return undefined;
      const data = await readFile(file).catch(() => undefined);
      return data ? runInput(kind, file, data) : undefined;
    }),
  );
  return read.filter((input): input is RunInput => input !== undefined);
}
