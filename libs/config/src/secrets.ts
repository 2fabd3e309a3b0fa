import type { AppConfig } from './app-config';
import { maskUrlPasswords } from '@job-hunter/domain';
import { urlPasswords } from './value-checks';

const MASK = '***';

/** Every secret the config holds (API keys, tokens, URL passwords in encoded and decoded form), longest first. */
export function secretValues(config: AppConfig): string[] {
  const values = [
    config.llm.anthropicApiKey,
    config.temporal.apiKey,
    config.api.token,
    ...urlPasswords(config.smtp.url),
    ...(config.database.type === 'postgres' ? urlPasswords(config.database.url) : []),
  ].filter((v): v is string => typeof v === 'string' && v !== '');
  return [...new Set(values)].sort((a, b) => b.length - a.length);
}

/** Replaces every secret value and every URL password in a text with ***; loggers and error reporters call it. */
export function redactSecrets(text: string, config: AppConfig): string {
  const masked = secretValues(config).reduce((acc, secret) => acc.split(secret).join(MASK), text);
  return maskUrlPasswords(masked);
}

const maskIfSet = (value: string | undefined): string | undefined => (value === undefined ? undefined : MASK);
const maskUrl = (value: string | undefined): string | undefined =>
  value === undefined ? undefined : maskUrlPasswords(value);

/** A loggable copy of the config (for `--verbose`): secrets show as *** when set, URL passwords are masked. */
export function describeConfig(config: AppConfig): Record<string, unknown> {
  return {
    ...config,
    temporal: { ...config.temporal, apiKey: maskIfSet(config.temporal.apiKey) },
    llm: { ...config.llm, anthropicApiKey: maskIfSet(config.llm.anthropicApiKey) },
    database: { ...config.database, url: maskUrl(config.database.url) },
    smtp: { ...config.smtp, url: maskUrl(config.smtp.url) },
    api: { ...config.api, token: maskIfSet(config.api.token) },
  };
}
