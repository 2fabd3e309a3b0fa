import { getMetadataStorage } from 'class-validator';
import { ENV_VARIABLES } from './env-variables';
import { EnvironmentVariables } from './environment-variables';
import { loadConfig } from './load-config';

describe('ENV_VARIABLES', () => {
  const documented = ENV_VARIABLES.map((v) => v.name);
  const understood = [
    ...new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(EnvironmentVariables, '', true, false)
        .map((m) => m.propertyName),
    ),
  ];

  it('documents exactly the variables loadConfig understands, each once', () => {
    expect(new Set(documented).size).toBe(documented.length);
    expect([...understood].sort()).toEqual([...documented].sort());
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

  it('marks keys and tokens secret and describes every variable', () => {
    for (const v of ENV_VARIABLES) {
      expect({ name: v.name, secret: v.secret }).toEqual({ name: v.name, secret: /_API_KEY$|_TOKEN$/.test(v.name) });
      expect(v.description.length).toBeGreaterThan(5);
    }
  });

  it('has defaults that are valid as written (setting each explicitly changes nothing)', () => {
    const defaults = Object.fromEntries(
      ENV_VARIABLES.flatMap((v) => (v.default === null ? [] : [[v.name, v.default]])),
    );
    expect(loadConfig(defaults, { cwd: '/work' })).toEqual(loadConfig({}, { cwd: '/work' }));
  });
});
