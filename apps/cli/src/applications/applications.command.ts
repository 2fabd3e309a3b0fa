import { Command, CommandRunner, Option } from 'nest-commander';
import type { JobMarkState } from '@job-hunter/domain';
import { JobMarkBook, applicationView } from '@job-hunter/orchestration';
import { CommandOutcome } from '../commands/command-outcome';
import { EXIT_OK } from '../exit-codes';
import { renderApplications } from './applications-text';

@Command({
  name: 'applications',
  description: 'the jobs you applied to (or --state saved|hidden), and whether each is still open on its board',
})
export class ApplicationsCommand extends CommandRunner {
  constructor(
    private readonly book: JobMarkBook,
    private readonly outcome: CommandOutcome,
  ) {
    super();
  }

  @Option({ flags: '--state <state>', description: 'applied (default), saved or hidden' })
  parseState(value: string): string {
    return value;
  }

  @Option({ flags: '--json', description: 'print { applications: [...] } on stdout' })
  parseJson(): boolean {
    return true;
  }

  async run(_args: string[], options: { state?: string; json?: boolean }): Promise<void> {
    await this.outcome.capture(async () => {
      const state = (options.state ?? 'applied') as JobMarkState;
      const applications = (await this.book.list(state)).map(applicationView);
      const text = options.json ? JSON.stringify({ applications }, null, 2) : renderApplications(applications, state);
      process.stdout.write(`${text}\n`);
      return EXIT_OK;
    });
  }
}
