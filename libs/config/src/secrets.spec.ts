import { loadConfig } from './load-config';
import { redactSecrets, secretValues } from './secrets';

const config = loadConfig(
  {
    JH_ANTHROPIC_API_KEY: 'sk-ant-canary1',
    JH_TEMPORAL_API_KEY: 'tmprl-canary2',
    JH_API_TOKEN: 'api-canary3',
    JH_DATABASE_URL: 'postgres://jh:pg%2Fcanary4@db:5432/jh',
    JH_SMTP_URL: 'smtp://mailer:smtp-canary5@mail.example.com:587',
  },
  { cwd: '/work' },
);

describe('secretValues', () => {
  it('lists keys, tokens and URL passwords (encoded and decoded)', () => {
    expect([...secretValues(config)].sort()).toEqual(
      ['sk-ant-canary1', 'tmprl-canary2', 'api-canary3', 'pg%2Fcanary4', 'pg/canary4', 'smtp-canary5'].sort(),
    );
  });

  it('is empty without secrets, and a sqlite path is no secret', () => {
    expect(secretValues(loadConfig({}, { cwd: '/work' }))).toEqual([]);
  });
});

describe('redactSecrets', () => {
  it('replaces every secret value wherever it appears', () => {
    const text =
      'auth failed for sk-ant-canary1 (tmprl-canary2) token=api-canary3 pw pg/canary4 and again sk-ant-canary1 smtp-canary5';
    const redacted = redactSecrets(text, config);
    expect(redacted).not.toMatch(/canary/);
    expect(redacted).toBe('auth failed for *** (***) token=*** pw *** and again *** ***');
  });

  it('masks the password of any URL with credentials, even one not in the config', () => {
    expect(redactSecrets('connect postgres://other:hunter2@h/db failed; see https://example.com/x', config)).toBe(
      'connect postgres://other:***@h/db failed; see https://example.com/x',
    );
    expect(redactSecrets(`"${config.database.url}"`, config)).toBe('"postgres://jh:***@db:5432/jh"');
  });

  it('leaves text without secrets alone', () => {
    expect(redactSecrets('http://localhost:7233/path@x and user@example.com', config)).toBe(
      'http://localhost:7233/path@x and user@example.com',
    );
  });
});
