import { Injectable } from '@nestjs/common';
import {
  OUTPUT_FORMATS,
  rankShortlist,
  toResultJob,
  type CostSummary,
  type OutputFormat,
  type RunConfig,
  type RunError,
  type RunResult,
  type RunStats,
  type ScoredJob,
  type Understanding,
} from '@job-hunter/domain';
import { renderCsv } from './reports/csv-report.renderer';
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
  status?: RunResult['status'];
  /** What the run understood of the preferences; its reading goes into the result. */
  understanding?: Pick<Understanding, 'reading' | 'filledFromResume'>;
}

/** Turns scored jobs into the run's result object and its report files. */
@Injectable()
export class AggregatorAgent {
  buildResult(input: BuildResultInput): RunResult {
    const { config } = input;
    const shortlist = rankShortlist(input.scored, { top: config.top, maxPerCompany: config.maxPerCompany });
    const jobs = shortlist.map((s, i) => toResultJob(s, i + 1));
    return {
      runId: config.runId,
      status: input.status ?? (input.errors.length > 0 ? 'partial' : 'success'),
      orchestrator: config.orchestrator,
      engine: config.engine,
      startedAt: input.startedAt,
      finishedAt: input.finishedAt,
      stats: { ...input.stats, dropped: { ...input.stats.dropped }, jobsInOutput: jobs.length },
      cost: { ...input.cost },
      errors: input.errors.map((e) => ({ ...e })),
      jobs,
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
    context: ReportContext = {},
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
    const paths = await writeFolderAtomically(runDir, entries, Object.values(REPORT_FILE_NAMES));
    const files: Partial<Record<OutputFormat, string>> = {};
    wanted.forEach((f, i) => {
      const path = paths[i];
      if (path) files[f] = path;
    });
    return files;
  }
}

/** The result's reading fields, left out entirely when the run's understanding is unknown. */
function readingFields(u: BuildResultInput['understanding']): Pick<RunResult, 'reading' | 'filledFromResume'> {
  if (!u) return {};
  const filled = u.filledFromResume && Object.keys(u.filledFromResume).length > 0 ? u.filledFromResume : undefined;
  return filled ? { reading: u.reading, filledFromResume: filled } : { reading: u.reading };
}
