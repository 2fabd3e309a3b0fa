import { dirname, join } from 'node:path';
import { configErrorOf } from './config-error-of';
import { loadConfig } from './load-config';

const temporal = (env: Record<string, string>) => loadConfig(env, { cwd: '/work' }).temporal;
// This very file is an existing, readable file: no temp files needed for the TLS path rules.
const readable = __filename;
const missing = join(__dirname, 'no-such-client.pem');

describe('Temporal settings', () => {
  it.each(['localhost:7233', '10.0.0.5:7233', '[::1]:7233', 'my-ns.tmprl.cloud:7233', 'temporal:1', 'h:65535'])(
    'accepts the address %s',
    (address) => {
      expect(temporal({ JH_TEMPORAL_ADDRESS: address }).address).toBe(address);
    },
  );

  it.each([
    'localhost',
    ':7233',
    'host:0',
    'host:99999',
    'http://host:7233',
    '[nonsense]:7233',
    '999.1.1.1:7233',
    'a b:1',
  ])('rejects the address %s naming the variable and the expected form', (address) => {
    expect(configErrorOf({ JH_TEMPORAL_ADDRESS: address }).message).toContain(
      `JH_TEMPORAL_ADDRESS=${JSON.stringify(address)}: expected host:port, e.g. localhost:7233`,
    );
  });

  it('reads namespace and the three queues, and rejects ones with spaces', () => {
    const t = temporal({
      JH_TEMPORAL_NAMESPACE: 'my-ns.a1b2c',
      JH_TEMPORAL_TASK_QUEUE: 'q1',
      JH_TEMPORAL_LLM_TASK_QUEUE: 'q2',
      JH_TEMPORAL_SCRAPING_TASK_QUEUE: 'q3',
    });
    expect([t.namespace, t.taskQueue, t.llmTaskQueue, t.scrapingTaskQueue]).toEqual(['my-ns.a1b2c', 'q1', 'q2', 'q3']);
    for (const name of [
      'JH_TEMPORAL_NAMESPACE',
      'JH_TEMPORAL_TASK_QUEUE',
      'JH_TEMPORAL_LLM_TASK_QUEUE',
      'JH_TEMPORAL_SCRAPING_TASK_QUEUE',
    ]) {
      expect(configErrorOf({ [name]: 'my queue' }).message).toContain(`${name}="my queue": expected a non-empty name`);
    }
  });

  it('accepts a readable cert and key pair and makes the paths absolute', () => {
    const t = temporal({ JH_TEMPORAL_TLS_CERT_PATH: readable, JH_TEMPORAL_TLS_KEY_PATH: readable });
    expect(t.tlsCertPath).toBe(readable);
    expect(t.tlsKeyPath).toBe(readable);
    const relative = loadConfig(
      { JH_TEMPORAL_TLS_CERT_PATH: 'temporal-config.spec.ts', JH_TEMPORAL_TLS_KEY_PATH: readable },
      { cwd: __dirname },
    );
    expect(relative.temporal.tlsCertPath).toBe(readable);
  });

  it.each([
    [{ JH_TEMPORAL_TLS_CERT_PATH: readable }, 'JH_TEMPORAL_TLS_KEY_PATH (unset)'],
    [{ JH_TEMPORAL_TLS_KEY_PATH: readable }, 'JH_TEMPORAL_TLS_CERT_PATH'],
  ])('rejects only one of cert and key, naming both variables', (env, alsoNamed) => {
    const message = configErrorOf(env).message;
    expect(message).toMatch(/JH_TEMPORAL_TLS_CERT_PATH.* and JH_TEMPORAL_TLS_KEY_PATH.*: expected both or neither/);
    expect(message).toContain(alsoNamed);
  });

  it('rejects a cert path that does not exist or is a directory', () => {
    expect(configErrorOf({ JH_TEMPORAL_TLS_CERT_PATH: missing, JH_TEMPORAL_TLS_KEY_PATH: readable }).message).toContain(
      `JH_TEMPORAL_TLS_CERT_PATH="${missing}": expected a readable file, but ${missing} does not exist`,
    );
    const dir = dirname(readable);
    expect(configErrorOf({ JH_TEMPORAL_TLS_CERT_PATH: readable, JH_TEMPORAL_TLS_KEY_PATH: dir }).message).toContain(
      `JH_TEMPORAL_TLS_KEY_PATH="${dir}": expected a readable file, but ${dir} is not a file`,
    );
  });

  it('accepts a readable CA path and rejects a missing one', () => {
    expect(temporal({ JH_TEMPORAL_TLS_CA_PATH: readable }).tlsCaPath).toBe(readable);
    expect(configErrorOf({ JH_TEMPORAL_TLS_CA_PATH: missing }).message).toContain(
      `JH_TEMPORAL_TLS_CA_PATH="${missing}": expected a readable file`,
    );
  });

  it('accepts a hostname as server name and rejects anything else', () => {
    expect(temporal({ JH_TEMPORAL_TLS_SERVER_NAME: 'my-ns.tmprl.cloud' }).tlsServerName).toBe('my-ns.tmprl.cloud');
    for (const bad of ['https://x.example', 'bad name', 'host:7233', '-x.example']) {
      expect(configErrorOf({ JH_TEMPORAL_TLS_SERVER_NAME: bad }).message).toContain(
        `JH_TEMPORAL_TLS_SERVER_NAME=${JSON.stringify(bad)}: expected a hostname`,
      );
    }
  });

  it('keeps an API key, treats a blank one as unset, and rejects one with spaces without showing it', () => {
    expect(temporal({ JH_TEMPORAL_API_KEY: 'tk-canary-123' }).apiKey).toBe('tk-canary-123');
    expect(temporal({ JH_TEMPORAL_API_KEY: '   ' }).apiKey).toBeUndefined();
    const message = configErrorOf({ JH_TEMPORAL_API_KEY: 'tk canary 123' }).message;
    expect(message).toContain('JH_TEMPORAL_API_KEY=<hidden>: expected a single token');
    expect(message).not.toContain('canary');
  });

  it('reads the workflow timeout', () => {
    expect(temporal({}).workflowTimeoutSeconds).toBe(1800);
    expect(temporal({ JH_TEMPORAL_WORKFLOW_TIMEOUT_SECONDS: '60' }).workflowTimeoutSeconds).toBe(60);
  });

  it.each(['0', '-1', 'abc', '1.5', '0x10', '1e3'])('rejects the workflow timeout %s', (value) => {
    expect(configErrorOf({ JH_TEMPORAL_WORKFLOW_TIMEOUT_SECONDS: value }).message).toContain(
      `JH_TEMPORAL_WORKFLOW_TIMEOUT_SECONDS="${value}": expected a whole number of seconds greater than 0`,
    );
  });

  it.each([
    ['true', true],
    ['TRUE', true],
    ['1', true],
    ['Yes', true],
    ['false', false],
    ['False', false],
    ['0', false],
    ['NO', false],
  ])('reads the fallback %s as %s', (value, expected) => {
    expect(temporal({ JH_TEMPORAL_FALLBACK: value }).fallback).toBe(expected);
    expect(temporal({ JH_TEMPORAL_EMBEDDED_WORKER: value }).embeddedWorker).toBe(expected);
  });

  it.each(['maybe', 'on', '2', 'truee'])('rejects the fallback %s', (value) => {
    expect(configErrorOf({ JH_TEMPORAL_FALLBACK: value }).message).toContain(
      `JH_TEMPORAL_FALLBACK="${value}": expected true or false`,
    );
  });
});
