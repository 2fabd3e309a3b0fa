import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { APP_CONFIG } from '@job-hunter/config';
import { ATS_KINDS } from '@job-hunter/domain';
import { API_BOARD_CLIENTS, type JobBoardClient } from './job-board-client';
import { JobBoardRegistry } from './job-board.registry';
import { JobBoardsModule } from './job-boards.module';

@Global()
@Module({
  providers: [{ provide: APP_CONFIG, useValue: { scraping: { allowLoopback: false, userAgent: '' } } }],
  exports: [APP_CONFIG],
})
class ConfigStub {}

describe('JobBoardsModule', () => {
  it('hands the careers page the very client instances the registry uses, so their limits are shared', async () => {
    const module = await Test.createTestingModule({ imports: [ConfigStub, JobBoardsModule] }).compile();
    const registry = module.get(JobBoardRegistry);
    const api = module.get<JobBoardClient[]>(API_BOARD_CLIENTS, { strict: false });

    expect(registry.kinds).toEqual([...ATS_KINDS]);
    expect(api.map((c) => c.ats)).toEqual(ATS_KINDS.filter((ats) => ats !== 'careers-page'));
    for (const client of api) expect(registry.require(client.ats)).toBe(client);
    await module.close();
  });
});
