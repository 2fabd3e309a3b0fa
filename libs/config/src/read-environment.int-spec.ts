import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './config-error';
import { configFromProcess, readEnvironment } from './read-environment';

describe('readEnvironment', () => {
  const touched = ['JH_TEMPORAL_NAMESPACE', 'JH_API_PORT', 'JH_ANTHROPIC_API_KEY', 'JH_ORCHESTRATOR'];
  const saved = Object.fromEntries(touched.map((name) => [name, process.env[name]]));
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jh-config-'));
    for (const name of touched) delete process.env[name];
  });

  afterEach(() => {
    for (const name of touched) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('merges .env under the real environment, which always wins (even when empty)', () => {
    writeFileSync(
      join(dir, '.env'),
      '# local settings\nJH_TEMPORAL_NAMESPACE=file-ns\nJH_API_PORT=4000\nJH_ANTHROPIC_API_KEY="sk-from-file"\n',
    );
    process.env['JH_TEMPORAL_NAMESPACE'] = 'real-ns';
    process.env['JH_ANTHROPIC_API_KEY'] = '';
    const env = readEnvironment(dir);
    expect(env['JH_TEMPORAL_NAMESPACE']).toBe('real-ns');
    expect(env['JH_API_PORT']).toBe('4000');
    expect(env['JH_ANTHROPIC_API_KEY']).toBe('');
    expect(env['PATH']).toBe(process.env['PATH']);
  });

  it('does not write .env values into process.env', () => {
    writeFileSync(join(dir, '.env'), 'JH_API_PORT=4000\n');
    readEnvironment(dir);
    expect(process.env['JH_API_PORT']).toBeUndefined();
  });

  it('works without a .env file', () => {
    process.env['JH_API_PORT'] = '5000';
    expect(readEnvironment(dir)['JH_API_PORT']).toBe('5000');
  });

  it('reports a .env that cannot be read as a configuration error', () => {
    mkdirSync(join(dir, '.env'));
    expect(() => readEnvironment(dir)).toThrow(ConfigError);
  });

  it('configFromProcess validates the merged environment of the working directory', () => {
    writeFileSync(join(dir, '.env'), 'JH_ORCHESTRATOR=temporal\nJH_API_PORT=not-a-port\n');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(() => configFromProcess()).toThrow(/JH_API_PORT="not-a-port"/);
      process.env['JH_API_PORT'] = '4100';
      const config = configFromProcess();
      expect([config.orchestrator, config.api.port]).toEqual(['temporal', 4100]);
    } finally {
      process.chdir(cwd);
    }
  });
});
