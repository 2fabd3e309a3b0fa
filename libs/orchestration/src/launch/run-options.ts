import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AppConfig } from '@job-hunter/config';
import { JobHunterError, OUTPUT_FORMATS, type EngineKind, type OutputFormat, type RunConfig } from '@job-hunter/domain';
import { newRunId, RUN_ID_PATTERN } from '../run-id';
import { settingsOf } from '../run-settings';

/**
 * A run's options (contract section 1) as text, the way the CLI's `run`/`demo` and the API's
 * `POST /runs` receive them; buildRunConfig checks them the same way for both.
 */
export interface RunOptions {
  prefs?: string;
  prefsFile?: string;
  companies?: string;
  snapshot?: string;
  recordSnapshot?: string;
  engine?: string;
  temporal?: boolean;
  dryRun?: boolean;
  companyLimit?: string;
  forceRescrape?: boolean;
  resumeFrom?: string;
  outputDir?: string;
  format?: string;
  top?: string;
  maxPerCompany?: string;
  email?: string;
}

const RESUME_EXTENSIONS = ['.pdf', '.docx', '.txt', '.md', '.markdown'];

export function bad(message: string): JobHunterError {
  return new JobHunterError('INVALID_INPUT', message);
}

function positiveInt(value: string | undefined, option: string, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw bad(`${option} must be a whole number of at least 1, got "${value}".`);
  return n;
}

export function existingFile(file: string, what: string, option: string): string {
  const abs = path.resolve(file);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isFile()) {
    throw bad(`${what} not found: ${abs} (${option}). Check the path.`);
  }
  return abs;
}

function existingDir(dir: string, option: string): string {
  const abs = path.resolve(dir);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory()) {
    throw bad(`${option} ${abs} is not a directory. Point it at a recorded snapshot (docs: contract section 4).`);
  }
  return abs;
}

function formats(value: string | undefined): OutputFormat[] {
  if (value === undefined) return [...OUTPUT_FORMATS];
  const list = value
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const unknown = list.filter((f) => !OUTPUT_FORMATS.includes(f as OutputFormat));
  if (list.length === 0 || unknown.length > 0) {
    throw bad(`--format takes a comma list of ${OUTPUT_FORMATS.join(', ')}; got "${value}".`);
  }
  return [...new Set(list)] as OutputFormat[];
}

export function chooseEngine(
  value: string | undefined,
  config: AppConfig,
  dryRun: boolean,
): { engine: EngineKind; notice?: string } {
  if (value !== undefined && value !== 'heuristic' && value !== 'anthropic') {
    throw bad(`--engine must be heuristic or anthropic, got "${value}".`);
  }
  if (dryRun)
    return { engine: 'heuristic', notice: value === 'anthropic' ? '--dry-run: using the offline engine.' : undefined };
  if (value === 'anthropic' && !config.llm.anthropicApiKey) {
    throw bad('--engine anthropic needs JH_ANTHROPIC_API_KEY. Set it, or use --engine heuristic.');
  }
  if (value) return { engine: value };
  return config.llm.anthropicApiKey
    ? { engine: 'anthropic' }
    : { engine: 'heuristic', notice: 'No JH_ANTHROPIC_API_KEY set: using the offline heuristic engine.' };
}

/** The resume's absolute path, once it is known to be a file of a kind the parser reads. */
export function resumeFile(resume: string): string {
  const resumePath = existingFile(resume, 'Resume', '<resume>');
  if (!RESUME_EXTENSIONS.includes(path.extname(resumePath).toLowerCase())) {
    throw bad(`Resume ${resumePath} must be one of ${RESUME_EXTENSIONS.join(', ')}.`);
  }
  return resumePath;
}

/** Validates the options and builds the run's fixed configuration; throws INVALID_INPUT (exit 2). */
export function buildRunConfig(
  resume: string | undefined,
  options: RunOptions,
  config: AppConfig,
  now: Date = new Date(),
): { run: RunConfig; notices: string[] } {
  if (!resume) throw bad('Give a resume: job-hunter run <resume.pdf|docx|txt|md> [options].');
  const resumePath = resumeFile(resume);
  if (options.prefs !== undefined && options.prefsFile !== undefined) {
    throw bad('Give --prefs or --prefs-file, not both.');
  }
  if (options.email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(options.email)) {
    throw bad(`--email "${options.email}" is not an email address.`);
  }
  if (options.resumeFrom !== undefined && !RUN_ID_PATTERN.test(options.resumeFrom)) {
    throw bad(`--resume-from "${options.resumeFrom}" is not a run id.`);
  }
  const dryRun = options.dryRun ?? false;
  const chosen = chooseEngine(options.engine, config, dryRun);
  const run: RunConfig = {
    runId: options.resumeFrom ?? newRunId(),
    resumePath,
    prefsText: options.prefs,
    prefsFile:
      options.prefsFile === undefined ? undefined : existingFile(options.prefsFile, 'Preferences file', '--prefs-file'),
    companiesPath:
      options.companies === undefined ? undefined : existingFile(options.companies, 'Companies file', '--companies'),
    snapshotDir: options.snapshot === undefined ? undefined : existingDir(options.snapshot, '--snapshot'),
    recordSnapshotDir: options.recordSnapshot === undefined ? undefined : path.resolve(options.recordSnapshot),
    engine: chosen.engine,
    orchestrator: options.temporal ? 'temporal' : config.orchestrator,
    dryRun,
    companyLimit: positiveInt(options.companyLimit, '--company-limit'),
    forceRescrape: options.forceRescrape ?? false,
    outputDir: path.resolve(options.outputDir ?? config.outputDir),
    formats: formats(options.format),
    top: positiveInt(options.top, '--top', 50) as number,
    maxPerCompany: positiveInt(options.maxPerCompany, '--max-per-company', 3) as number,
    email: options.email,
    now: now.toISOString(),
    // Fixed now, so the workers run it as this machine's configuration says, whatever theirs say.
    settings: settingsOf(config),
  };
  return { run, notices: chosen.notice ? [chosen.notice] : [] };
}
