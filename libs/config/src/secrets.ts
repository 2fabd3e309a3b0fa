import { maskUrlPasswords } from '@job-hunter/domain';
import type { AppConfig, DatabaseConfig } from './app-config';
import { SETTINGS } from './env-variables';
import { settingValues } from './setting';
import { urlPasswords } from './value-checks';

const MASK = '***';

/** The text a secret hides in: the value itself, or for the database the URL it was read from. */
const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : (value as DatabaseConfig | undefined)?.url;

/**
 * Every secret the config holds, as its declarations mark them (API keys, tokens, URL passwords in encoded
 * and decoded form), longest first so a secret containing another is masked whole.
 */
export function secretValues(config: AppConfig): string[] {
  const values = settingValues(SETTINGS, config).flatMap(([setting, value]) => {
    const text = textOf(value);
    if (text === undefined || text === '' || setting.secret === undefined) return [];
    return setting.secret === 'value' ? [text] : urlPasswords(text);
  });
  return [...new Set(values)].sort((a, b) => b.length - a.length);
}

/** Replaces every secret value and every URL password in a text with ***; loggers and error reporters call it. */
export function redactSecrets(text: string, config: AppConfig): string {
  const masked = secretValues(config).reduce((acc, secret) => acc.split(secret).join(MASK), text);
  return maskUrlPasswords(masked);
}
