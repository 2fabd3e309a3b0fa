import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_CONFIG, type AppConfig } from './app-config';
import { configFromProcess } from './read-environment';

/**
 * Provides APP_CONFIG everywhere. Pass the config the entry point already validated (so a bad setting
 * is reported before Nest boots, with exit code 2); without one it is read from the process lazily,
 * when first injected, so merely importing a module that calls forRoot() never throws.
 */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(config?: AppConfig): DynamicModule {
    let resolved = config;
    const get = (): AppConfig => (resolved ??= configFromProcess());
    return {
      module: AppConfigModule,
      global: true,
      // Some libraries expect ConfigService; the code base itself injects APP_CONFIG.
      imports: [ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [get] })],
      providers: [{ provide: APP_CONFIG, useFactory: get }],
      exports: [APP_CONFIG],
    };
  }
}
