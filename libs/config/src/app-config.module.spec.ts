import { Test } from '@nestjs/testing';
import { APP_CONFIG, type AppConfig } from './app-config';
import { AppConfigModule } from './app-config.module';
import { loadConfig } from './load-config';

describe('AppConfigModule', () => {
  it('provides the given config as APP_CONFIG', async () => {
    const config = loadConfig({ JH_TEMPORAL_ADDRESS: 'temporal.internal:7233', JH_API_PORT: '4321' }, { cwd: '/work' });
    const moduleRef = await Test.createTestingModule({ imports: [AppConfigModule.forRoot(config)] }).compile();
    expect(moduleRef.get<AppConfig>(APP_CONFIG)).toBe(config);
    await moduleRef.close();
  });
});
