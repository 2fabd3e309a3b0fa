import { CommandRunner, Option, SubCommand } from 'nest-commander';
import { bad } from '@job-hunter/orchestration';
import { CommandOutcome } from '../commands/command-outcome';
import { SearchService, type SearchRunOptions } from './search.service';

/** `search run NAME` now, or `search run --due`: every search whose time has come (for cron). */
@SubCommand({ name: 'run', arguments: '[name]', description: 'run a saved search now, or with --due every one due' })
export class SearchRunCommand extends CommandRunner {
  constructor(
    private readonly searches: SearchService,
    private readonly outcome: CommandOutcome,
  ) {
    super();
  }

  @Option({ flags: '--due', description: 'run every unpaused search whose time has come, one after another' })
  parseDue(): boolean {
    return true;
  }

  @Option({ flags: '--with-worker', description: 'for a --temporal search: run the Temporal workers in this process' })
  parseWithWorker(): boolean {
    return true;
  }

  @Option({ flags: '--json', description: 'print the result object on stdout' })
  parseJson(): boolean {
    return true;
  }

  @Option({ flags: '-v, --verbose', description: 'debug logs on stderr' })
  parseVerbose(): boolean {
    return true;
  }

  async run([name]: string[], options: SearchRunOptions & { due?: boolean }): Promise<void> {
    await this.outcome.capture(async () => {
      if (Boolean(options.due) === (name !== undefined)) throw bad('Give a search name or --due (not both).');
      return name === undefined ? this.searches.runDue(options) : this.searches.runNamed(name, options);
    });
  }
}
