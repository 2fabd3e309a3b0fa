import { Injectable } from '@nestjs/common';
import {
  NO_BOARD_ANSWERED,
  OUTPUT_FORMATS,
  boardsAnswered,
  nearMissJob,
  noBoardAnswered,
  runStatus,
  selectShortlist,
  toResultJob,
  type CostSummary,
  type JobDecision,
  type OutputFormat,
  type RunConfig,
  type RunError,
  type RunResult,
  type RunStats,
  type ScoredJob,
  type Understanding,
} from '@job-hunter/domain';
import { renderCsv } from './reports/csv-report.renderer';
import { DECISIONS_FILE_NAME, renderDecisionsCsv } from './reports/decisions-csv.renderer';
import { renderHtml, type ReportContext } from './reports/html-report.renderer';
import { REPORT_FILE_NAMES, UNDERSTANDING_FILE_NAME, serialiseJson, serialiseResult } from './reports/report-columns';
import { renderXlsx } from './reports/xlsx-report.renderer';
import { writeFolderAtomically, type FolderEntry } from './run-folder.writer';

export interface BuildResultInput {
  scored: ScoredJob[];
  config: RunConfig;
  startedAt: string;
  finishedAt: string;
  stats: Omit<RunStats, 'jobsInOutput'>;
  cost: CostSummary;
  errors: RunError[];
  /** Forced by the orchestrator (a stopped run); no board answering still makes the run `failed`. */
  status?: RunResult['status'];
  /** What the run did to its input without failing anything (e.g. merged duplicate companies). */
  warnings?: string[];
  /** What the run understood of the preferences; its reading goes into the result. */
  understanding?: Pick<Understanding, 'reading' | 'filledFromResume'>;
  /** JH_MIN_SCORE: jobs below it are near misses, never in the shortlist (default 0: all fill it). */
  minScore?: number;
}

/** Turns scored jobs into the run's result object and its report files. */
@Injectable()
export class AggregatorAgent {
  buildResult(input: BuildResultInput): RunResult {
    const { config } = input;
    const minScore = input.minScore ?? 0;
    const picked = selectShortlist(input.scored, { top: config.top, maxPerCompany: config.maxPerCompany, minScore });
    const jobs = picked.shortlist.map((s, i) => toResultJob(s, i + 1));
    const nearMisses = picked.nearMisses.map((s, i) => nearMissJob(s, i + 1, minScore));
    return {
      runId: config.runId,
      status: runStatus(input.stats, input.errors, input.status),
      orchestrator: config.orchestrator,
      engine: config.engine,
      startedAt: input.startedAt,
      finishedAt: input.finishedAt,
      asOf: config.now,
      stats: {
        ...input.stats,
        dropped: { ...input.stats.dropped },
        jobsInOutput: jobs.length,
        goodMatches: picked.goodMatches,
      },
      cost: { ...input.cost },
      errors: [...outageError(input), ...input.errors.map((e) => ({ ...e }))],
      ...(input.warnings?.length ? { warnings: [...input.warnings] } : {}),
      jobs,
      ...(nearMisses.length ? { nearMisses } : {}),
      ...readingFields(input.understanding),
    };
  }

  /**
   * Writes the requested report formats into `runDir` atomically (all or none), with
   * understanding.json when the run's understanding is known, and returns the report paths by format.
   */
  async writeReports(
    result: RunResult,
    runDir: string,
    formats: OutputFormat[],
    context: ReportContext & { decisions?: readonly JobDecision[] } = {},
  ): Promise<Partial<Record<OutputFormat, string>>> {
    const wanted = OUTPUT_FORMATS.filter((f) => formats.includes(f));
    const renderers: Record<OutputFormat, FolderEntry['render']> = {
      json: () => serialiseResult(result),
      csv: () => renderCsv(result),
      xlsx: () => renderXlsx(result),
      html: () => renderHtml(result, context),
    };
    const entries: FolderEntry[] = wanted.map((f) => ({ name: REPORT_FILE_NAMES[f], render: renderers[f] }));
    const { understanding } = context;
    if (understanding) entries.push({ name: UNDERSTANDING_FILE_NAME, render: () => serialiseJson(understanding) });
    const { decisions } = context;
    if (decisions) entries.push({ name: DECISIONS_FILE_NAME, render: () => renderDecisionsCsv(decisions) });
    const stale = [...Object.values(REPORT_FILE_NAMES), DECISIONS_FILE_NAME];
    const paths = await writeFolderAtomically(runDir, entries, stale);
    const files: Partial<Record<OutputFormat, string>> = {};
    wanted.forEach((f, i) => {
      const path = paths[i];
      if (path) files[f] = path;
    });
    return files;
  }
}

/** First among the errors when no board answered: why the run failed, before each board's own error. */
function outageError(input: BuildResultInput): RunError[] {
  if (!noBoardAnswered(input.stats, input.errors)) return [];
  const message =
    `${boardsAnswered(input.stats)}: no job could be fetched, so the run failed. ` +
    'Check the network (or the --snapshot folder) and the careers URLs; each board says what went wrong below.';
  return [{ stage: 'scrapeJobs', code: NO_BOARD_ANSWERED, message }];
}

/** The result's reading fields, left out entirely when the run's understanding is unknown. */
function readingFields(u: BuildResultInput['understanding']): Pick<RunResult, 'reading' | 'filledFromResume'> {
  if (!u) return {};
  const filled = u.filledFromResume && Object.keys(u.filledFromResume).length > 0 ? u.filledFromResume : undefined;
  return filled ? { reading: u.reading, filledFromResume: filled } : { reading: u.reading };
}
