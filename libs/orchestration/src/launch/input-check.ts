import { loadCompaniesFile, type PrefsParserAgent, type ResumeParserAgent } from '@job-hunter/agents';
import type { RunConfig } from '@job-hunter/domain';

/** The parsers a new run's inputs are read with before it is recorded. */
export interface InputParsers {
  resumeParser: Pick<ResumeParserAgent, 'parse'>;
  prefsParser: Pick<PrefsParserAgent, 'parse'>;
}

/**
 * Reads every input of a new run once before anything is written (the resume, the preferences,
 * the companies file), so bad input is refused with the parser's own message (the CLI exits 2,
 * the API answers 400) and leaves nothing behind.
 */
export async function checkRunInputs(run: RunConfig, parsers: InputParsers): Promise<void> {
  const profile = await parsers.resumeParser.parse(run.resumePath, new Date(run.now));
  await parsers.prefsParser.parse({ text: run.prefsText, file: run.prefsFile }, profile);
  if (run.companiesPath) loadCompaniesFile(run.companiesPath);
}
