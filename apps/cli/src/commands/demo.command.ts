import * as path from 'node:path';
import { Command } from 'nest-commander';
import { findAbove, JobHunterError } from '@job-hunter/domain';
import { snapshotRecordedAt } from '@job-hunter/orchestration';
import { HuntCommandBase } from './hunt-command.base';
import type { HuntOptions } from './hunt-options';
import { HuntService } from './hunt.service';
import { CommandOutcome } from './command-outcome';

/** Finds the bundled demo folder from source (apps/cli/src) or from the build (dist/apps/cli/src). */
export function findDemoDir(from: string = __dirname): string {
  const market = findAbove(path.join('data', 'demo', 'market.json'), from);
  if (!market) {
    throw new JobHunterError('INVALID_INPUT', 'The bundled demo data (data/demo) is missing from this installation.');
  }
  return path.dirname(market);
}

@Command({
  name: 'demo',
  description: '`run` on the bundled sample resume, preferences and job-board snapshot, offline',
})
export class DemoCommand extends HuntCommandBase {
  constructor(
    private readonly hunt: HuntService,
    private readonly outcome: CommandOutcome,
  ) {
    super();
  }

  async run(_params: string[], options: HuntOptions): Promise<void> {
    await this.outcome.capture(() => {
      const demo = findDemoDir();
      const supplied: HuntOptions = {
        prefsFile: path.join(demo, 'preferences.txt'),
        companies: path.join(demo, 'companies.yaml'),
        snapshot: path.join(demo, 'snapshot'),
      };
      // The market was recorded on one day; judging recency against that day keeps the demo stable.
      const now = snapshotRecordedAt(supplied.snapshot as string);
      return this.hunt.hunt(path.join(demo, 'resume.pdf'), { ...options, ...supplied }, { command: 'demo', now });
    });
  }
}
