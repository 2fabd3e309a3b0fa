import { Inject } from '@nestjs/common';
import { CommandRunner, Option, SubCommand } from 'nest-commander';
import { CommandOutcome } from '../commands/command-outcome';
import { SearchService } from './search.service';

/** The small `search` subcommands: list, show, delete, pause, resume. */
abstract class SearchSubcommand extends CommandRunner {
  // Property injection with explicit tokens: the subclasses declare no constructor of their own.
  @Inject(SearchService) protected readonly searches!: SearchService;
  @Inject(CommandOutcome) private readonly outcome!: CommandOutcome;

  protected capture(work: () => Promise<number>): Promise<void> {
    return this.outcome.capture(work);
  }
}

@SubCommand({ name: 'list', description: 'the saved searches, their schedules and last runs' })
export class SearchListCommand extends SearchSubcommand {
  async run(): Promise<void> {
    await this.capture(() => this.searches.list());
  }
}

@SubCommand({ name: 'show', arguments: '<name>', description: 'one saved search: its inputs, reading and schedule' })
export class SearchShowCommand extends SearchSubcommand {
  @Option({ flags: '--json', description: 'print the search as JSON' })
  parseJson(): boolean {
    return true;
  }

  async run([name]: string[], options: { json?: boolean }): Promise<void> {
    await this.capture(() => this.searches.show(name as string, options.json ?? false));
  }
}

@SubCommand({ name: 'delete', arguments: '<name>', description: 'delete a saved search (its runs stay)' })
export class SearchDeleteCommand extends SearchSubcommand {
  async run([name]: string[]): Promise<void> {
    await this.capture(() => this.searches.delete(name as string));
  }
}

@SubCommand({ name: 'pause', arguments: '<name>', description: 'stop running it on its schedule' })
export class SearchPauseCommand extends SearchSubcommand {
  async run([name]: string[]): Promise<void> {
    await this.capture(() => this.searches.setPaused(name as string, true));
  }
}

@SubCommand({ name: 'resume', arguments: '<name>', description: 'run it on its schedule again' })
export class SearchResumeCommand extends SearchSubcommand {
  async run([name]: string[]): Promise<void> {
    await this.capture(() => this.searches.setPaused(name as string, false));
  }
}
