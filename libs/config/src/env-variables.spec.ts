import { ENV_VARIABLES } from './env-variables';
import { loadConfig } from './load-config';

describe('ENV_VARIABLES', () => {
  const documented = ENV_VARIABLES.map((v) => v.name);

  it('declares each variable once', () => {
    expect(new Set(documented).size).toBe(documented.length);
  });

  it('covers at least the variables of the contract', () => {
    const contract = [
      'JH_ORCHESTRATOR',
      'JH_TEMPORAL_ADDRESS',
      'JH_TEMPORAL_NAMESPACE',
      'JH_TEMPORAL_TASK_QUEUE',
      'JH_TEMPORAL_LLM_TASK_QUEUE',
      'JH_TEMPORAL_SCRAPING_TASK_QUEUE',
      'JH_TEMPORAL_TLS_CERT_PATH',
      'JH_TEMPORAL_TLS_KEY_PATH',
      'JH_TEMPORAL_TLS_CA_PATH',
      'JH_TEMPORAL_TLS_SERVER_NAME',
      'JH_TEMPORAL_API_KEY',
      'JH_TEMPORAL_WORKFLOW_TIMEOUT_SECONDS',
      'JH_TEMPORAL_FALLBACK',
      'JH_ANTHROPIC_API_KEY',
      'JH_ANTHROPIC_BASE_URL',
      'JH_DATABASE_URL',
      'JH_MAX_COST_PER_RUN_USD',
      'JH_OUTPUT_DIR',
      'JH_SMTP_URL',
      'JH_EMAIL_FROM',
      'JH_API_TOKEN',
    ];
    expect(documented).toEqual(expect.arrayContaining(contract));
  });

  it('marks keys and tokens secret, URLs with a password as such, and describes every variable', () => {
    for (const v of ENV_VARIABLES) {
      const secret = /_API_KEY$|_TOKEN$/.test(v.name)
        ? 'value'
        : /_URL$|_ENDPOINT$/.test(v.name)
          ? 'url-password'
          : undefined;
      // The Anthropic base URL is an endpoint, not a credential.
      expect({ name: v.name, secret: v.secret }).toEqual({
        name: v.name,
        secret: v.name === 'JH_ANTHROPIC_BASE_URL' ? undefined : secret,
      });
      expect(v.description.length).toBeGreaterThan(5);
    }
  });

  it('has defaults that are valid as written (setting each explicitly changes nothing)', () => {
    const defaults = Object.fromEntries(ENV_VARIABLES.map((v) => [v.name, v.default]));
    expect(loadConfig(defaults, { cwd: '/work' })).toEqual(loadConfig({}, { cwd: '/work' }));
  });
});
