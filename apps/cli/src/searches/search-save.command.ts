import { Option, SubCommand } from 'nest-commander';
import { bad, type SearchSaveOptions } from '@job-hunter/orchestration';
import { HuntCommandBase } from '../commands/hunt-command.base';
import type { HuntOptions } from '../commands/hunt-options';
import { CommandOutcome } from '../commands/command-outcome';
import { SearchService } from './search.service';

type SaveOptions = HuntOptions & SearchSaveOptions;

/** `search save NAME RESUME`: every option of `run` (but those about one run alone), and a schedule. */
@SubCommand({ name: 'save', arguments: '<name> <resume>', description: 'store a search to run again and again' })
export class SearchSaveCommand extends HuntCommandBase {
  constructor(
    private readonly searches: SearchService,
    private readonly outcome: CommandOutcome,
  ) {
    super();
  }

  @Option({ flags: '--every <interval>', description: 'run it every INTERVAL with search run --due: 30m, 6h, 1d' })
  parseEvery(value: string): string {
    return value;
  }

  @Option({
    flags: '--cron <expression>',
    description: 'run it at a 5-field cron expression\'s times (UTC), e.g. "0 7 * * *"',
  })
  parseCron(value: string): string {
    return value;
  }

  async run([name, resume]: string[], options: SaveOptions): Promise<void> {
    await this.outcome.capture(() => {
      const oneOff = (['resumeFrom', 'recordSnapshot', 'withWorker'] as const).filter((o) => options[o] !== undefined);
      if (oneOff.length > 0) {
        const flags = oneOff.map((o) => `--${o.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
        throw bad(`${flags.join(', ')} belongs to one run, not to a saved search: leave it out.`);
      }
      return this.searches.save(name as string, resume, options);
    });
  }
}
