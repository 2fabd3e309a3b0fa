import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'dotenv';
import type { AppConfig } from './app-config';
import { ConfigError } from './config-error';
import { type Environment, loadConfig } from './load-config';

/**
 * The process environment merged over `cwd/.env` when that file exists. A variable present in the real
 * environment always wins, even when empty, so `JH_X= job-hunter …` can switch off a .env setting.
 * The only place in the code base that reads process.env.
 */
export function readEnvironment(cwd: string = process.cwd()): Environment {
  return { ...readDotEnv(join(cwd, '.env')), ...process.env };
}

function readDotEnv(path: string): Environment {
  let content: Buffer;
  try {
    content = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return {};
    throw new ConfigError([`${path} cannot be read (${code ?? 'error'}): fix its permissions or remove it`]);
  }
  return parse(content);
}

/** The validated config of this process: environment plus `.env` in the working directory. */
export function configFromProcess(): AppConfig {
  return loadConfig(readEnvironment());
}
