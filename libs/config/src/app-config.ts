import type { SETTINGS } from './env-variables';
import type { ConfigOf } from './setting';

export type { DatabaseConfig } from './value-checks';

/** Typed, validated settings, shaped by the settings tree that declares them. Built once by `loadConfig`. */
export type AppConfig = ConfigOf<typeof SETTINGS>;
export type TemporalConfig = AppConfig['temporal'];
export type LlmConfig = AppConfig['llm'];
export type ScrapingConfig = AppConfig['scraping'];
export type SmtpConfig = AppConfig['smtp'];
export type ApiConfig = AppConfig['api'];

/** Nest injection token for AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
