import * as fs from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import {
  emptyProfile,
  resumeSummaryOf,
  type CandidateProfile,
  type EngineKind,
  type Understanding,
} from '@job-hunter/domain';
import { PrefsParserAgent, ResumeParserAgent } from '@job-hunter/agents';
import { RunCostLedger, type UnderstandingOptions } from '@job-hunter/llm';
import { STDERR_LOGGER, type StderrLogger } from '../logging/stderr.logger';
import { EXIT_OK } from '../exit-codes';
import { bad, chooseEngine, existingFile, resumeFile } from '../commands/hunt-options';
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

/** No resume given: the reading is of the text alone and nothing is filled in. */
const NO_RESUME: CandidateProfile = emptyProfile();

/** What `understand` does: prints the reading of a person's preferences, or of a batch of texts. */
@Injectable()
export class UnderstandService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly resumeParser: ResumeParserAgent,
    private readonly prefsParser: PrefsParserAgent,
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
    const profile = resumePath ? await this.resumeParser.parse(resumePath, new Date(), opts) : NO_RESUME;
    if (batch) return this.printBatch(batch, profile, opts);

    const { understanding } = await this.prefsParser.understand(
      { text: options.prefs, file: prefsFile },
      profile,
      opts,
    );
    const shown: Understanding = resumePath ? { ...understanding, resume: resumeSummaryOf(profile) } : understanding;
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
    profile: CandidateProfile,
    opts: UnderstandingOptions,
  ): Promise<number> {
    for (const item of items) {
      const { understanding } = await this.prefsParser.understand({ text: item.text }, profile, opts);
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
