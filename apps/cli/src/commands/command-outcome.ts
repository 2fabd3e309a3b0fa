import { Inject, Injectable } from '@nestjs/common';
import { errorMessage } from '@job-hunter/domain';
import { exitCodeFor } from '../exit-codes';
import { STDERR_LOGGER, type StderrLogger } from '../logging/stderr.logger';

/** Turns what a command returned or threw into a message on stderr and the process exit code. */
@Injectable()
export class CommandOutcome {
  constructor(@Inject(STDERR_LOGGER) private readonly logger: StderrLogger) {}

  async capture(work: () => Promise<number>): Promise<void> {
    try {
      process.exitCode = await work();
    } catch (e) {
      this.logger.error(errorMessage(e));
      if (!(e instanceof Error && 'code' in e)) this.logger.debug(e instanceof Error ? (e.stack ?? '') : String(e));
      process.exitCode = exitCodeFor(e);
    }
  }
}
