import { Command } from 'nest-commander';
import { HuntCommandBase } from './hunt-command.base';
import type { HuntOptions } from './hunt-options';
import { HuntService } from './hunt.service';
import { CommandOutcome } from './command-outcome';

@Command({ name: 'run', arguments: '<resume>', description: 'one job hunt, end to end' })
export class RunCommand extends HuntCommandBase {
  constructor(
    private readonly hunt: HuntService,
    private readonly outcome: CommandOutcome,
  ) {
    super();
  }

  async run([resume]: string[], options: HuntOptions): Promise<void> {
    await this.outcome.capture(() => this.hunt.hunt(resume, options));
  }
}
