import { Module, type DynamicModule } from '@nestjs/common';
import { AppConfigModule, type AppConfig } from '@job-hunter/config';
import { PersistenceModule } from '@job-hunter/persistence';
import { OrchestratorModule, UnderstandingModule } from '@job-hunter/orchestration';
import { PrefsParserModule, ResumeParserModule } from '@job-hunter/agents';
import { CommandOutcome } from './commands/command-outcome';
import { DemoCommand } from './commands/demo.command';
import { HuntService } from './commands/hunt.service';
import { RunCommand } from './commands/run.command';
import { StatusCommand } from './commands/status.command';
import { WorkerCommand } from './commands/worker.command';
import { EmbeddedWorker } from './commands/embedded-worker';
import { UnderstandCommand } from './understand/understand.command';
import { UnderstandService } from './understand/understand.service';
import { SEARCH_PROVIDERS } from './searches/search.providers';
import { APPLICATION_PROVIDERS } from './applications/applications.providers';
import { STDERR_LOGGER, type StderrLogger } from './logging/stderr.logger';

@Module({})
export class CliModule {
  static forRoot(config: AppConfig, logger: StderrLogger): DynamicModule {
    return {
      module: CliModule,
      imports: [
        AppConfigModule.forRoot(config),
        PersistenceModule.forRoot(),
        OrchestratorModule.forRoot(),
        ResumeParserModule,
        PrefsParserModule,
        UnderstandingModule,
      ],
      providers: [
        { provide: STDERR_LOGGER, useValue: logger },
        CommandOutcome,
        HuntService,
        RunCommand,
        DemoCommand,
        StatusCommand,
        WorkerCommand,
        EmbeddedWorker,
        UnderstandService,
        UnderstandCommand,
        ...APPLICATION_PROVIDERS,
        ...SEARCH_PROVIDERS,
      ],
    };
  }
}
