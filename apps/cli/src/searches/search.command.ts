import { Command, CommandRunner } from 'nest-commander';
import { EXIT_BAD_INPUT } from '../exit-codes';
import { SearchRunCommand } from './search-run.command';
import { SearchSaveCommand } from './search-save.command';
import {
  SearchDeleteCommand,
  SearchListCommand,
  SearchPauseCommand,
  SearchResumeCommand,
  SearchShowCommand,
} from './search-manage.commands';

export const SEARCH_SUBCOMMANDS = [
  SearchSaveCommand,
  SearchListCommand,
  SearchShowCommand,
  SearchRunCommand,
  SearchDeleteCommand,
  SearchPauseCommand,
  SearchResumeCommand,
];

@Command({
  name: 'search',
  description: 'saved searches: save, list, show, run (--due), delete, pause, resume',
  subCommands: SEARCH_SUBCOMMANDS,
})
export class SearchCommand extends CommandRunner {
  async run(): Promise<void> {
    // `search` alone names no action.
    this.command.outputHelp({ error: true });
    process.exitCode = EXIT_BAD_INPUT;
  }
}
