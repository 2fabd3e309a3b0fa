import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type INestApplicationContext,
  type Type,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { APP_CONFIG, AppConfigModule, type AppConfig } from '@job-hunter/config';
import { PersistenceModule } from '@job-hunter/persistence';
import { OrchestratorModule } from '@job-hunter/orchestration';
import { PrefsParserModule, ResumeParserModule } from '@job-hunter/agents';

/** The provider graph the CLI's `run` uses: config, the database, both orchestrators and the input parsers. */
@Module({})
class RunPipelineModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: RunPipelineModule,
      imports: [
        AppConfigModule.forRoot(config),
        PersistenceModule.forRoot(),
        OrchestratorModule.forRoot(),
        ResumeParserModule,
        PrefsParserModule,
      ],
    };
  }
}

/**
 * The run pipeline of the API, built on first use and not at boot (it opens the database), so the
 * API starts and stays live while the database is down; a failed start is tried again next time.
 */
@Injectable()
export class RunPipeline {
  private opening?: Promise<INestApplicationContext>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** A provider of the pipeline, e.g. `await pipeline.get(RunRepository)`. */
  async get<T>(type: Type<T>): Promise<T> {
    return (await this.context()).get(type, { strict: false });
  }

  async close(): Promise<void> {
    const opening = this.opening;
    this.opening = undefined;
    await opening?.then((context) => context.close()).catch(() => undefined);
  }

  private context(): Promise<INestApplicationContext> {
    // abortOnError off: a database that is down is an error to answer, not a reason to exit.
    this.opening ??= NestFactory.createApplicationContext(RunPipelineModule.forRoot(this.config), {
      abortOnError: false,
    }).catch((e: unknown) => {
      this.opening = undefined;
      throw e;
    });
    return this.opening;
  }
}
