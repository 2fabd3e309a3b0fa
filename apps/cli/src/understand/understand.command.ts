import { Command, CommandRunner, Option } from 'nest-commander';
import { CommandOutcome } from '../commands/command-outcome';
import { UnderstandService, type UnderstandOptions } from './understand.service';

@Command({
  name: 'understand',
  arguments: '[resume]',
  description: 'print what the tool understands of the preferences (and the resume), before any job is judged',
})
export class UnderstandCommand extends CommandRunner {
  constructor(
    private readonly service: UnderstandService,
    private readonly outcome: CommandOutcome,
  ) {
    super();
  }

  @Option({ flags: '--prefs <text>', description: 'freeform preferences' })
  parsePrefs(value: string): string {
    return value;
  }

  @Option({ flags: '--prefs-file <path>', description: 'preferences file (.txt/.md freeform, .yaml/.json fields)' })
  parsePrefsFile(value: string): string {
    return value;
  }

  @Option({ flags: '--batch <file>', description: 'JSONL lines {"id","text"}: prints one {"id","reading"} line each' })
  parseBatch(value: string): string {
    return value;
  }

  @Option({ flags: '--engine <engine>', description: 'heuristic | anthropic (Claude refines the reading)' })
  parseEngine(value: string): string {
    return value;
  }

  @Option({ flags: '--dry-run', description: 'no paid calls: the rules alone read' })
  parseDryRun(): boolean {
    return true;
  }

  @Option({ flags: '--json', description: 'print the understanding as JSON' })
  parseJson(): boolean {
    return true;
  }

  @Option({ flags: '-v, --verbose', description: 'debug logs on stderr' })
  parseVerbose(): boolean {
    return true;
  }

  async run([resume]: string[], options: UnderstandOptions): Promise<void> {
    await this.outcome.capture(() => this.service.understand(resume, options));
  }
}
