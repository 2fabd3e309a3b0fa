import { CommandRunner, Option } from 'nest-commander';
import type { HuntOptions } from './hunt-options';

/** The options `run` and `demo` share (contract section 1); each is declared once, here. */
export abstract class HuntCommandBase extends CommandRunner {
  @Option({ flags: '--prefs <text>', description: 'freeform preferences' })
  parsePrefs(value: string): string {
    return value;
  }

  @Option({
    flags: '--prefs-file <path>',
    description: 'preferences file (.txt/.md freeform, .yaml/.json explicit fields)',
  })
  parsePrefsFile(value: string): string {
    return value;
  }

  @Option({ flags: '--companies <path>', description: 'JSON or YAML list of companies to search (no discovery)' })
  parseCompanies(value: string): string {
    return value;
  }

  @Option({ flags: '--snapshot <dir>', description: 'answer every job-board request from a recorded snapshot' })
  parseSnapshot(value: string): string {
    return value;
  }

  @Option({ flags: '--record-snapshot <dir>', description: 'record every job-board response into DIR' })
  parseRecordSnapshot(value: string): string {
    return value;
  }

  @Option({ flags: '--engine <engine>', description: 'heuristic | anthropic (default: anthropic when a key is set)' })
  parseEngine(value: string): string {
    return value;
  }

  @Option({ flags: '--temporal', description: 'use the Temporal orchestrator' })
  parseTemporal(): boolean {
    return true;
  }

  @Option({
    flags: '--with-worker',
    description: 'with --temporal: run the Temporal workers inside this process (JH_TEMPORAL_EMBEDDED_WORKER)',
  })
  parseWithWorker(): boolean {
    return true;
  }

  @Option({ flags: '--dry-run', description: 'no paid calls and no email' })
  parseDryRun(): boolean {
    return true;
  }

  @Option({ flags: '--company-limit <n>', description: 'search at most N companies' })
  parseCompanyLimit(value: string): string {
    return value;
  }

  @Option({ flags: '--force-rescrape', description: 'ignore cached job-board responses' })
  parseForceRescrape(): boolean {
    return true;
  }

  @Option({
    flags: '--resume-from <run-id>',
    description: 'continue an interrupted run (with --output-dir: its reports go there)',
  })
  parseResumeFrom(value: string): string {
    return value;
  }

  @Option({ flags: '--output-dir <dir>', description: 'where run folders go (default ./output)' })
  parseOutputDir(value: string): string {
    return value;
  }

  @Option({ flags: '--format <list>', description: 'comma list of json,csv,xlsx,html (default: all)' })
  parseFormat(value: string): string {
    return value;
  }

  @Option({ flags: '--top <n>', description: 'at most N jobs in the shortlist (default 50)' })
  parseTop(value: string): string {
    return value;
  }

  @Option({ flags: '--max-per-company <n>', description: 'at most N jobs per company (default 3)' })
  parseMaxPerCompany(value: string): string {
    return value;
  }

  @Option({ flags: '--email <addr>', description: 'send the digest to ADDR' })
  parseEmail(value: string): string {
    return value;
  }

  @Option({ flags: '--json', description: 'print the result object on stdout' })
  parseJson(): boolean {
    return true;
  }

  @Option({ flags: '-v, --verbose', description: 'debug logs on stderr' })
  parseVerbose(): boolean {
    return true;
  }

  abstract override run(params: string[], options: HuntOptions): Promise<void>;
}
