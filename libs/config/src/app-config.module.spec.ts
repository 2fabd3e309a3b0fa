import { Test } from '@nestjs/testing';
import { ConfigService } from '@nestjs/config';
import { APP_CONFIG, type AppConfig } from './app-config';
import { AppConfigModule } from './app-config.module';
import { loadConfig } from './load-config';

describe('AppConfigModule', () => {
  it('provides the given config as APP_CONFIG and through ConfigService', async () => {
    const config = loadConfig({ JH_TEMPORAL_ADDRESS: 'temporal.internal:7233', JH_API_PORT: '4321' }, { cwd: '/work' });
    const moduleRef = await Test.createTestingModule({ imports: [AppConfigModule.forRoot(config)] }).compile();
    expect(moduleRef.get<AppConfig>(APP_CONFIG)).toBe(config);
    const configService = moduleRef.get(ConfigService);
    expect(configService.get<string>('temporal.address')).toBe('temporal.internal:7233');
    expect(configService.get<number>('api.port')).toBe(4321);
    await moduleRef.close();
  });
});
