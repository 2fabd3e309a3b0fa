import { ConfigError } from './config-error';
import { type Environment, loadConfig } from './load-config';

/** Test helper (not exported from the lib): the ConfigError loadConfig throws for an environment. */
export function configErrorOf(env: Environment): ConfigError {
  try {
    loadConfig(env, { cwd: '/work' });
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error(`expected a ConfigError for ${Object.keys(env).join(', ')}`);
}
