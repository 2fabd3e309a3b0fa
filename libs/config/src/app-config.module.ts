import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from './app-config';
import { configFromProcess } from './read-environment';

/**
 * Provides APP_CONFIG everywhere. Pass the config the entry point already validated (so a bad setting
 * is reported before Nest boots, with exit code 2); without one it is read from the process when Nest
 * builds the provider, so merely importing a module that calls forRoot() never throws.
 *
 * No @nestjs/config: its ConfigService would be a second, string-keyed door to the same object (and it
 * reads process.env itself); every consumer injects the typed APP_CONFIG, so this one provider is all.
 */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: AppConfigModule,
      global: true,
      providers: [{ provide: APP_CONFIG, useFactory: (): AppConfig => config ?? configFromProcess() }],
      exports: [APP_CONFIG],
    };
  }
}
