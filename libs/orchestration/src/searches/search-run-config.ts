import { mkdir, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { AppConfig } from '@job-hunter/config';
import type { RunConfig } from '@job-hunter/domain';
import type { SavedSearch } from '@job-hunter/persistence';
import { buildRunConfig, type RunOptions } from '../launch/run-options';
import { snapshotRecordedAt } from '../launch/recorded-market';
import { newRunId } from '../run-id';

/**
 * The RunConfig of one run of a saved search: an ordinary run (checked by buildRunConfig as `run`
 * checks its options) with `searchId` set. The stored input files (the resume, a preferences file,
 * a companies file) are written into the run's input folder (OUTPUT_DIR/.inputs/RUN_ID, as the
 * API does with uploads) on this machine, so the run record stores them by claim check as any run's.
 * A replayed market (`snapshot`) is judged as of the day it was recorded, as `demo` and the API judge it.
 */
export async function searchRunConfig(
  search: SavedSearch,
  now: Date,
  appConfig: AppConfig,
  runId: string = newRunId(now),
): Promise<RunConfig> {
  const { companies, ...options } = search.options;
  const outputDir = path.resolve(options.outputDir ?? appConfig.outputDir);
  const folder = path.join(outputDir, '.inputs', runId);
  const write = async (kind: string, name: string, data: Buffer | string): Promise<string> => {
    const file = path.join(folder, `${kind}${path.extname(name).toLowerCase()}`);
    await writeFile(file, data);
    return file;
  };
  await mkdir(folder, { recursive: true });
  try {
    const resume = await write('resume', search.resume.name, search.resume.data);
    const { fileName } = search.prefs;
    const runOptions: RunOptions = {
      ...options,
      outputDir,
      prefs: fileName === undefined ? search.prefs.text : undefined,
      prefsFile: fileName === undefined ? undefined : await write('prefs', fileName, search.prefs.text),
      companies: companies ? await write('companies', companies.name, companies.text) : undefined,
    };
    const reference = (options.snapshot ? snapshotRecordedAt(options.snapshot) : undefined) ?? now;
    const { run } = buildRunConfig(resume, runOptions, appConfig, reference);
    return { ...run, runId, searchId: search.id };
  } catch (e) {
    await rm(folder, { recursive: true, force: true });
    throw e;
  }
}
