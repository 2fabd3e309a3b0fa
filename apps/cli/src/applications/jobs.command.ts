import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { JobHunterError, type JobMarkState } from '@job-hunter/domain';
import { JobMarkBook } from '@job-hunter/orchestration';
import { CommandOutcome } from '../commands/command-outcome';
import { EXIT_BAD_INPUT, EXIT_OK } from '../exit-codes';

interface MarkOptions {
  note?: string;
  date?: string;
}

/** A rank as typed: a whole number from 1. */
function parseRank(text: string | undefined): number {
  const rank = Number(text);
  if (!Number.isInteger(rank) || rank < 1) {
    throw new JobHunterError(
      'INVALID_INPUT',
      `RANK must be a job's rank in the run's shortlist: 1, 2, … (got '${text}').`,
    );
  }
  return rank;
}

@SubCommand({
  name: 'mark',
  arguments: '<run-id> <rank> <state>',
  description: 'mark the job at RANK of a finished run applied, saved or hidden (the mark holds in every run)',
})
export class JobsMarkCommand extends CommandRunner {
  constructor(
    private readonly book: JobMarkBook,
    private readonly outcome: CommandOutcome,
  ) {
    super();
  }

  @Option({ flags: '--note <text>', description: 'your own words about the job (at most 2000 characters)' })
  parseNote(value: string): string {
    return value;
  }

  @Option({ flags: '--date <YYYY-MM-DD>', description: 'the day you applied (default: today)' })
  parseDate(value: string): string {
    return value;
  }

  async run([runId, rank, state]: string[], options: MarkOptions): Promise<void> {
    await this.outcome.capture(async () => {
      const mark = await this.book.mark(runId as string, parseRank(rank), {
        state: state as JobMarkState,
        ...(options.date !== undefined ? { at: options.date } : {}),
        ...(options.note !== undefined ? { note: options.note } : {}),
      });
      process.stdout.write(`Marked ${mark.state} on ${mark.at}: ${mark.title} at ${mark.company}\n`);
      return EXIT_OK;
    });
  }
}

@SubCommand({ name: 'unmark', arguments: '<run-id> <rank>', description: 'remove the mark of the job at RANK' })
export class JobsUnmarkCommand extends CommandRunner {
  constructor(
    private readonly book: JobMarkBook,
    private readonly outcome: CommandOutcome,
  ) {
    super();
  }

  async run([runId, rank]: string[]): Promise<void> {
    await this.outcome.capture(async () => {
      await this.book.unmark(runId as string, parseRank(rank));
      process.stdout.write(`No mark on job ${rank} of run ${runId} now.\n`);
      return EXIT_OK;
    });
  }
}

@Command({
  name: 'jobs',
  description: 'the jobs of finished runs: mark (applied, saved, hidden), unmark',
  subCommands: [JobsMarkCommand, JobsUnmarkCommand],
})
export class JobsCommand extends CommandRunner {
  async run(): Promise<void> {
    // `jobs` alone names no action.
    this.command.outputHelp({ error: true });
    process.exitCode = EXIT_BAD_INPUT;
  }
}
