import * as os from 'node:os';
import * as path from 'node:path';
import { loadConfig, type AppConfig, type DatabaseConfig } from '@job-hunter/config';

/** A validated AppConfig for tests: the defaults, a given database, and any overrides. */
export function testConfig(db: DatabaseConfig, overrides: Record<string, string> = {}): AppConfig {
  const url = db.type === 'sqlite' ? `sqlite:${db.sqlitePath ?? db.url}` : db.url;
  return loadConfig({
    JH_DATABASE_URL: url,
    JH_OUTPUT_DIR: path.join(os.tmpdir(), 'jh-test-output'),
    ...overrides,
  });
}
