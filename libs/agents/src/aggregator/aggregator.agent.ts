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
} from '@job-hunter/domain';
import { renderCsv } from './reports/csv-report.renderer';
import { renderHtml, type ReportContext } from './reports/html-report.renderer';
import { REPORT_FILE_NAMES, serialiseResult } from './reports/report-columns';
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
    };
  }

  /**
   * Writes the requested report formats into `runDir` atomically (all or none) and
   * returns their absolute paths by format.
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
    const entries = wanted.map((f) => ({ name: REPORT_FILE_NAMES[f], render: renderers[f] }));
    const paths = await writeFolderAtomically(runDir, entries, Object.values(REPORT_FILE_NAMES));
    const files: Partial<Record<OutputFormat, string>> = {};
    wanted.forEach((f, i) => {
      const path = paths[i];
      if (path) files[f] = path;
    });
    return files;
  }
}
