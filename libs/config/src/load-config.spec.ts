import { isJobHunterError } from '@job-hunter/domain';
import type { AppConfig } from './app-config';
import { ConfigError } from './config-error';
import { configErrorOf } from './config-error-of';
import { loadConfig } from './load-config';

const load = (env: Record<string, string | undefined>): AppConfig => loadConfig(env, { cwd: '/work' });

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    expect(load({})).toEqual({
      orchestrator: 'checkpoint',
      outputDir: './output',
      logLevel: 'info',
      temporal: {
        address: 'localhost:7233',
        namespace: 'default',
        taskQueue: 'job-hunter-default',
        llmTaskQueue: 'job-hunter-llm',
        scrapingTaskQueue: 'job-hunter-scraping',
        workflowTimeoutSeconds: 1800,
        fallback: true,
        embeddedWorker: false,
      },
      llm: {
        model: 'claude-haiku-4-5',
        maxCostPerRunUsd: 5,
        topKSemantic: 40,
        targetMatches: 10,
        minScore: 60,
        maxDiscoveryIterations: 5,
      },
      database: { type: 'sqlite', url: '/work/data/job-hunter.db', sqlitePath: '/work/data/job-hunter.db' },
      scraping: {
        cacheTtlHours: 6,
        boardDeadlineMs: 45_000,
        userAgent: 'JobHunter/0.1 (+https://github.com/job-hunter/job-hunter)',
        allowLoopback: false,
        snapshotLatencyMs: 0,
      },
      smtp: {},
      api: { host: '127.0.0.1', port: 3000, concurrentRuns: 1, queuedRuns: 20 },
      telemetry: {},
    });
  });

  it('treats empty and blank values as unset and ignores unrelated variables', () => {
    expect(load({ JH_ORCHESTRATOR: '', JH_TEMPORAL_ADDRESS: '  ', JH_ANTHROPIC_API_KEY: '', PATH: '/bin' })).toEqual(
      load({}),
    );
  });

  it.each([
    ['checkpoint', 'checkpoint'],
    ['temporal', 'temporal'],
    ['Temporal', 'temporal'],
  ])('reads the orchestrator %s', (value, expected) => {
    expect(load({ JH_ORCHESTRATOR: value }).orchestrator).toBe(expected);
  });

  it('rejects an unknown orchestrator', () => {
    expect(configErrorOf({ JH_ORCHESTRATOR: 'airflow' }).message).toContain(
      'JH_ORCHESTRATOR="airflow": expected checkpoint or temporal',
    );
  });

  it.each([
    ['sqlite:./db/jh.sqlite', { type: 'sqlite', url: '/work/db/jh.sqlite', sqlitePath: '/work/db/jh.sqlite' }],
    ['sqlite:/var/jh.db', { type: 'sqlite', url: '/var/jh.db', sqlitePath: '/var/jh.db' }],
    ['sqlite:///var/jh.db', { type: 'sqlite', url: '/var/jh.db', sqlitePath: '/var/jh.db' }],
    ['sqlite::memory:', { type: 'sqlite', url: ':memory:', sqlitePath: ':memory:' }],
    ['postgres://jh:pw@db:5432/jh', { type: 'postgres', url: 'postgres://jh:pw@db:5432/jh' }],
    ['postgresql://localhost/jh', { type: 'postgres', url: 'postgresql://localhost/jh' }],
  ])('reads the database URL %s', (url, expected) => {
    expect(load({ JH_DATABASE_URL: url }).database).toEqual(expected);
  });

  it.each(['sqlite:', 'mysql://u@h/db', './jh.db', 'postgres://', 'postgres:/nohost'])(
    'rejects the database URL %s',
    (url) => {
      expect(configErrorOf({ JH_DATABASE_URL: url }).message).toContain(
        `JH_DATABASE_URL=${JSON.stringify(url)}: expected sqlite:PATH, sqlite::memory: or postgres://`,
      );
    },
  );

  it('reads the LLM, scraping, output, email and API settings', () => {
    const config = load({
      JH_ANTHROPIC_API_KEY: 'sk-x',
      JH_ANTHROPIC_BASE_URL: 'http://127.0.0.1:4010',
      JH_ANTHROPIC_MODEL: 'claude-sonnet-4-5',
      JH_MAX_COST_PER_RUN_USD: '0.5',
      JH_TOP_K_SEMANTIC: '80',
      JH_TARGET_MATCHES: '20',
      JH_MIN_SCORE: '0',
      JH_MAX_DISCOVERY_ITERATIONS: '2',
      JH_SCRAPE_CACHE_TTL_HOURS: '24',
      JH_BOARD_DEADLINE_SECONDS: '5',
      JH_USER_AGENT: 'Bot/1.0',
      JH_ALLOW_LOOPBACK: 'yes',
      JH_OUTPUT_DIR: '/tmp/out',
      JH_LOG_LEVEL: 'DEBUG',
      JH_SMTP_URL: 'smtps://mailer:pw@smtp.example.com:465',
      JH_EMAIL_FROM: 'Job Hunter <jobs@example.com>',
      JH_API_PORT: '8080',
      JH_API_TOKEN: 'tok',
    });
    expect(config.llm).toEqual({
      anthropicApiKey: 'sk-x',
      anthropicBaseUrl: 'http://127.0.0.1:4010',
      model: 'claude-sonnet-4-5',
      maxCostPerRunUsd: 0.5,
      topKSemantic: 80,
      targetMatches: 20,
      minScore: 0,
      maxDiscoveryIterations: 2,
    });
    expect(config.scraping).toEqual({
      cacheTtlHours: 24,
      boardDeadlineMs: 5000,
      userAgent: 'Bot/1.0',
      allowLoopback: true,
      snapshotLatencyMs: 0,
    });
    expect([config.outputDir, config.logLevel]).toEqual(['/tmp/out', 'debug']);
    expect(config.smtp).toEqual({
      url: 'smtps://mailer:pw@smtp.example.com:465',
      from: 'Job Hunter <jobs@example.com>',
    });
    expect(config.api).toEqual({ host: '127.0.0.1', port: 8080, token: 'tok', concurrentRuns: 1, queuedRuns: 20 });
    expect(load({ JH_SNAPSHOT_DIR: __dirname }).api.snapshotDir).toBe(__dirname);
    expect(load({ JH_MAX_COST_PER_RUN_USD: '0', JH_EMAIL_FROM: 'me@localhost' }).llm.maxCostPerRunUsd).toBe(0);
  });

  it.each([
    ['JH_ANTHROPIC_BASE_URL', 'ftp://x.example', 'expected an http(s) URL'],
    ['JH_ANTHROPIC_BASE_URL', 'api.anthropic.com', 'expected an http(s) URL'],
    ['JH_MAX_COST_PER_RUN_USD', '-1', 'expected a number of US dollars, 0 or more'],
    ['JH_MAX_COST_PER_RUN_USD', 'five', 'expected a number of US dollars, 0 or more'],
    ['JH_TOP_K_SEMANTIC', '0', 'expected a whole number greater than 0'],
    ['JH_BOARD_DEADLINE_SECONDS', '0', 'expected a whole number of seconds from 1 to 150'],
    ['JH_BOARD_DEADLINE_SECONDS', '151', 'expected a whole number of seconds from 1 to 150'],
    ['JH_TARGET_MATCHES', '2.5', 'expected a whole number greater than 0'],
    ['JH_MAX_DISCOVERY_ITERATIONS', '-3', 'expected a whole number greater than 0'],
    ['JH_SCRAPE_CACHE_TTL_HOURS', 'six', 'expected a whole number greater than 0'],
    ['JH_MIN_SCORE', '101', 'expected a whole number from 0 to 100'],
    ['JH_API_PORT', '70000', 'expected a port number from 1 to 65535'],
    ['JH_LOG_LEVEL', 'verbose', 'expected debug, info, warn or error'],
    ['JH_ALLOW_LOOPBACK', 'sure', 'expected true or false'],
    ['JH_SMTP_URL', 'http://mail.example.com', 'expected smtp://'],
    ['JH_EMAIL_FROM', 'not-an-email', 'expected an email address'],
    ['JH_EMAIL_FROM', 'Job Hunter <nope>', 'expected an email address'],
    ['JH_USER_AGENT', 'Bot\u0007', 'expected printable ASCII text on one line'],
    ['JH_ANTHROPIC_MODEL', 'claude haiku', 'expected a model id without spaces'],
    ['JH_API_HOST', 'my host', 'expected a hostname'],
    ['JH_API_CONCURRENT_RUNS', '0', 'expected a whole number from 1 to 16'],
    ['JH_SNAPSHOT_DIR', '/nowhere/snapshot', 'expected a readable directory, but /nowhere/snapshot does not exist'],
    ['JH_SNAPSHOT_DIR', __filename, `expected a readable directory, but ${__filename} is not a directory`],
    [
      'JH_COMPANIES_FILE',
      '/nowhere/companies.yaml',
      'expected a readable file, but /nowhere/companies.yaml does not exist',
    ],
  ])('rejects %s=%s', (name, value, expected) => {
    expect(configErrorOf({ [name]: value }).message).toContain(`${name}=${JSON.stringify(value)}: ${expected}`);
  });

  it('lists every problem at once, one line per variable, in table order, as a CONFIG_INVALID user error', () => {
    const error = configErrorOf({
      JH_API_PORT: 'x',
      JH_TEMPORAL_ADDRESS: 'localhost',
      JH_ORCHESTRATOR: 'nope',
      JH_MIN_SCORE: '-5',
    });
    expect(error).toBeInstanceOf(ConfigError);
    expect(isJobHunterError(error) && error.code).toBe('CONFIG_INVALID');
    expect(error.isUserError).toBe(true);
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('Invalid configuration:');
    expect(lines.slice(1, 5).map((l) => l.trim().split(/[=: ]/)[0])).toEqual([
      'JH_ORCHESTRATOR',
      'JH_TEMPORAL_ADDRESS',
      'JH_MIN_SCORE',
      'JH_API_PORT',
    ]);
    expect(error.problems).toHaveLength(4);
  });

  it('never shows a secret value in an error message', () => {
    const message = configErrorOf({
      JH_ANTHROPIC_API_KEY: 'sk-test-canary',
      JH_TEMPORAL_API_KEY: 'tmprl canary',
      JH_API_TOKEN: 'api\ttoken-canary',
      // The key pasted into the wrong variable must be masked there too.
      JH_ANTHROPIC_BASE_URL: 'sk-test-canary',
      JH_DATABASE_URL: 'mysql://jh:db-canary@db/jh',
      JH_SMTP_URL: 'http://mailer:smtp-canary@mail.example.com',
      JH_TEMPORAL_ADDRESS: 'localhost',
    }).message;
    expect(message).not.toMatch(/canary/);
    expect(message).toContain('JH_TEMPORAL_API_KEY=<hidden>');
    expect(message).toContain('JH_DATABASE_URL="mysql://jh:***@db/jh"');
    expect(message).toContain('JH_SMTP_URL="http://mailer:***@mail.example.com"');
    expect(message).toContain('JH_TEMPORAL_ADDRESS="localhost"');
  });

  it('masks a database password containing an unencoded @', () => {
    const message = configErrorOf({ JH_DATABASE_URL: 'mysql://jh:p@ss-canary@db/jh', JH_API_PORT: '0' }).message;
    expect(message).toContain('JH_DATABASE_URL="mysql://jh:***@db/jh"');
    expect(message).toContain('JH_API_PORT="0"');
    expect(message).not.toContain('canary');
  });
});
