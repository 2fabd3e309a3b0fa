import * as fs from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import type { CandidateProfile, EngineKind } from '@job-hunter/domain';
import { RunCostLedger, type UnderstandingOptions } from '@job-hunter/llm';
import { STDERR_LOGGER, type StderrLogger } from '../logging/stderr.logger';
import { EXIT_OK } from '../exit-codes';
import { UnderstandingReader, bad, chooseEngine, existingFile, resumeFile } from '@job-hunter/orchestration';
import { parseBatch } from './understand-batch';
import { understandingLines } from './understanding-text';

/** The options of `understand`, as commander hands them over. */
export interface UnderstandOptions {
  prefs?: string;
  prefsFile?: string;
  batch?: string;
  engine?: string;
  dryRun?: boolean;
  json?: boolean;
  verbose?: boolean;
}

/** What `understand` does: prints the reading of a person's preferences, or of a batch of texts. */
@Injectable()
export class UnderstandService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reader: UnderstandingReader,
    @Inject(STDERR_LOGGER) private readonly stderr: StderrLogger,
  ) {}

  async understand(resume: string | undefined, options: UnderstandOptions): Promise<number> {
    this.stderr.setLevel(options.verbose ? 'debug' : this.config.logLevel);
    const given = [options.prefs, options.prefsFile, options.batch].filter((o) => o !== undefined).length;
    if (given !== 1) {
      throw bad(
        given === 0
          ? 'Give the preferences to read: --prefs TEXT, --prefs-file PATH or --batch FILE.'
          : 'Give one of --prefs, --prefs-file or --batch, not several.',
      );
    }
    // Everything is checked before anything is printed: bad input exits 2 with nothing on stdout.
    const resumePath = resume === undefined ? undefined : resumeFile(resume);
    const prefsFile =
      options.prefsFile === undefined ? undefined : existingFile(options.prefsFile, 'Preferences file', '--prefs-file');
    if (options.prefs !== undefined && !options.prefs.trim())
      throw bad('--prefs is empty: write what you are looking for.');
    const batch = options.batch === undefined ? undefined : this.readBatch(options.batch);
    const opts = this.understandingOptions(options);
    const resumeProfile = await this.reader.resume(resumePath, opts);
    if (batch) return this.printBatch(batch, resumeProfile, opts);

    const shown = await this.reader.read({ text: options.prefs, file: prefsFile }, resumeProfile, opts);
    shown.warnings.forEach((w) => this.stderr.warn(w));
    process.stdout.write(`${options.json ? JSON.stringify(shown, null, 2) : understandingLines(shown).join('\n')}\n`);
    return EXIT_OK;
  }

  private readBatch(file: string): ReturnType<typeof parseBatch> {
    const abs = existingFile(file, 'Batch file', '--batch');
    return parseBatch(fs.readFileSync(abs, 'utf8'), abs);
  }

  /** One `{"id","reading"}` line per text, in the file's order; a text with nothing read is warned about by id. */
  private async printBatch(
    items: ReturnType<typeof parseBatch>,
    resumeProfile: CandidateProfile | undefined,
    opts: UnderstandingOptions,
  ): Promise<number> {
    for (const item of items) {
      const understanding = await this.reader.read({ text: item.text }, resumeProfile, opts);
      understanding.warnings.forEach((w) => this.stderr.warn(`${item.id} (line ${item.line}): ${w}`));
      process.stdout.write(`${JSON.stringify({ id: item.id, reading: understanding.reading })}\n`);
    }
    return EXIT_OK;
  }

  /** Claude refines the rules' reading on the 'anthropic' engine (not on a dry run), within one budget. */
  private understandingOptions(options: UnderstandOptions): UnderstandingOptions {
    const dryRun = options.dryRun ?? false;
    const engine: EngineKind = chooseEngine(options.engine, this.config, dryRun).engine;
    const ledger = new RunCostLedger({
      budgetUsd: this.config.llm.maxCostPerRunUsd,
      warn: (m) => this.stderr.warn(m),
    });
    return { engine, dryRun, ledger };
  }
}
