import { Test } from '@nestjs/testing';
import type { INestApplicationContext, ModuleMetadata } from '@nestjs/common';
import { AppConfigModule, type DatabaseConfig } from '@job-hunter/config';
import { PersistenceModule } from '@job-hunter/persistence';
import { testConfig } from '@job-hunter/testing';
import { OrchestratorModule } from '../orchestrator.module';

/**
 * The provider graph the CLI runs (config, persistence, orchestrators) on a test database,
 * for integration tests; `settings` are JH_* variables, `modules` add fakes (e.g. board hosts).
 */
export async function startPipelineApp(
  db: DatabaseConfig,
  settings: Record<string, string> = {},
  modules: NonNullable<ModuleMetadata['imports']> = [],
): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppConfigModule.forRoot(testConfig(db, settings)),
      ...modules,
      PersistenceModule.forRoot(),
      OrchestratorModule.forRoot(),
    ],
  }).compile();
  return moduleRef.init();
}
