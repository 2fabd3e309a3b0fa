import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadCompaniesFile, type PrefsParserAgent, type ResumeParserAgent } from '@job-hunter/agents';
import type { AppConfig } from '@job-hunter/config';
import { resumeSummaryOf } from '@job-hunter/domain';
import type { NewSavedSearch, SavedSearchOptions } from '@job-hunter/persistence';
import { bad, buildRunConfig, type RunOptions } from '../launch/run-options';
import { preflightRun } from '../launch/preflight';
import { firstDueAt, scheduleOf } from './search-schedule';

/** `search save`'s options: those of `run` that make sense for a search run again and again, and its schedule. */
export type SearchSaveOptions = Omit<RunOptions, 'resumeFrom' | 'recordSnapshot'> & { every?: string; cron?: string };

/** The parsers a search's inputs are read with when it is saved. */
export interface SearchParsers {
  resumeParser: Pick<ResumeParserAgent, 'parse'>;
  prefsParser: Pick<PrefsParserAgent, 'understand'>;
}

const NAME = /^[\w][\w .@+-]{0,99}$/;

/**
 * A search to store, from what `search save` was given: every option checked as `run` checks it
 * (buildRunConfig, the preflight), the inputs read once as a run reads them (by the rules: no paid
 * call), the reading kept; throws INVALID_INPUT/CONFIG_INVALID (exit 2) before anything is stored.
 */
export async function newSavedSearch(
  name: string,
  resume: string | undefined,
  options: SearchSaveOptions,
  appConfig: AppConfig,
  parsers: SearchParsers,
  now: Date = new Date(),
): Promise<NewSavedSearch> {
  if (!NAME.test(name)) {
    throw bad(
      `Search name "${name}" must be 1-100 letters, digits, spaces or . _ @ + - (starting with a letter or digit).`,
    );
  }
  if (options.prefs === undefined && options.prefsFile === undefined) {
    throw bad('Give the preferences: --prefs TEXT or --prefs-file PATH.');
  }
  if (options.prefs !== undefined && !options.prefs.trim())
    throw bad('--prefs is empty: write what you are looking for.');
  const schedule = scheduleOf(options);
  const { run } = buildRunConfig(resume, options, appConfig, now);
  preflightRun(run, appConfig);
  const profile = await parsers.resumeParser.parse(run.resumePath, now);
  const { understanding } = await parsers.prefsParser.understand({ text: run.prefsText, file: run.prefsFile }, profile);
  if (run.companiesPath) loadCompaniesFile(run.companiesPath);
  const stored: SavedSearchOptions = {
    companies: run.companiesPath ? fileOf(run.companiesPath) : undefined,
    snapshot: run.snapshotDir,
    engine: options.engine,
    temporal: options.temporal,
    dryRun: options.dryRun,
    companyLimit: options.companyLimit,
    forceRescrape: options.forceRescrape,
    outputDir: options.outputDir === undefined ? undefined : run.outputDir,
    format: options.format,
    top: options.top,
    maxPerCompany: options.maxPerCompany,
    email: options.email,
  };
  const prefsFile = run.prefsFile ? fileOf(run.prefsFile) : undefined;
  return {
    name,
    resume: { name: path.basename(run.resumePath), data: readFileSync(run.resumePath) },
    resumeSummary: resumeSummaryOf(profile),
    prefs: prefsFile ? { text: prefsFile.text, fileName: prefsFile.name } : { text: run.prefsText ?? '' },
    understanding,
    // Undefined options are left out of the stored JSON.
    options: JSON.parse(JSON.stringify(stored)) as SavedSearchOptions,
    ...(schedule ? { schedule, nextDueAt: firstDueAt(schedule, now).toISOString() } : {}),
  };
}

function fileOf(file: string): { name: string; text: string } {
  return { name: path.basename(file), text: readFileSync(file, 'utf8') };
}
