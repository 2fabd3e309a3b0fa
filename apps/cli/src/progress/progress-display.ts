import { SingleBar, Presets } from 'cli-progress';
import type { LoggerService } from '@nestjs/common';
import type { RunHooks, StageName } from '@job-hunter/orchestration';
import { STAGE_NAMES } from '@job-hunter/orchestration';
import type { Understanding } from '@job-hunter/domain';
import type { StderrLogger } from '../logging/stderr.logger';
import { understandingLines } from '../understand/understanding-text';

/**
 * Shows a run's progress on stderr: one line per stage, and a bar while companies are
 * scraped when stderr is a terminal (plain lines otherwise, so logs stay readable in CI).
 */
export class ProgressDisplay implements RunHooks {
  private bar?: SingleBar;
  private lastLogged = 0;
  private readonly stageStarted = new Map<StageName, number>();

  constructor(
    private readonly logger: LoggerService & Partial<Pick<StderrLogger, 'beforeWrite' | 'afterWrite'>>,
    private readonly interactive: boolean = process.stderr.isTTY === true,
  ) {}

  onStageStart(stage: StageName): void {
    this.stageStarted.set(stage, Date.now());
    this.logger.log(`[${STAGE_NAMES.indexOf(stage) + 1}/${STAGE_NAMES.length}] ${stage}…`);
  }

  onStageDone(stage: StageName, summary: string): void {
    this.stopBar();
    this.logger.log(`    ${stage}: ${summary}`);
    const started = this.stageStarted.get(stage);
    if (started !== undefined) this.logger.debug?.(`${stage} took ${Date.now() - started} ms`, 'Stage');
  }

  onScrapeProgress(done: number, total: number, company: string): void {
    if (!this.interactive) {
      // Without a terminal, one line per tenth of the work is enough.
      if (done === total || done - this.lastLogged >= Math.max(1, Math.ceil(total / 10))) {
        this.lastLogged = done;
        this.logger.log(`    scraped ${done}/${total} companies (last: ${company})`);
      }
      return;
    }
    if (!this.bar) {
      this.bar = new SingleBar(
        { stream: process.stderr, format: '    scraping [{bar}] {value}/{total} {company}', hideCursor: true },
        Presets.shades_classic,
      );
      this.bar.start(total, 0, { company: '' });
      this.logger.beforeWrite = () => this.bar?.stop();
    }
    this.bar.update(done, { company });
  }

  /** The reading, before any company is searched: a misreading can be stopped here (stdout stays data). */
  onUnderstanding(understanding: Understanding): void {
    for (const line of understandingLines(understanding)) this.logger.log(`    ${line}`);
  }

  onNotice(message: string): void {
    this.logger.warn(message);
  }

  stopBar(): void {
    this.bar?.stop();
    this.bar = undefined;
    this.logger.beforeWrite = undefined;
  }
}
