import type { OrchestratorKind } from '@job-hunter/domain';
import { type Section, type Setting, settingValues } from './setting';
import {
  boolean,
  converted,
  databaseUrl,
  dollars,
  email,
  headerText,
  hostname,
  hostPort,
  httpUrl,
  name,
  oneOf,
  readableDir,
  readableFile,
  smtpUrl,
  text,
  token,
  wholeNumber,
} from './value-types';

/**
 * Every environment variable, declared once, placed where its value lands in AppConfig (see app-config.ts).
 * The order here is the order of error lines, `.env.example` and the README table.
 */
export const SETTINGS = {
  orchestrator: {
    name: 'JH_ORCHESTRATOR',
    type: oneOf<OrchestratorKind>(['checkpoint', 'temporal']),
    default: 'checkpoint',
    description: '`checkpoint` or `temporal`',
  },
  temporal: {
    address: {
      name: 'JH_TEMPORAL_ADDRESS',
      type: hostPort,
      default: 'localhost:7233',
      description: 'host:port of any Temporal frontend, self-hosted or Temporal Cloud',
    },
    namespace: { name: 'JH_TEMPORAL_NAMESPACE', type: name(), default: 'default', description: 'Temporal namespace' },
    taskQueue: {
      name: 'JH_TEMPORAL_TASK_QUEUE',
      type: name(),
      default: 'job-hunter-default',
      description: 'task queue for parse, aggregate and notify',
    },
    llmTaskQueue: {
      name: 'JH_TEMPORAL_LLM_TASK_QUEUE',
      type: name(),
      default: 'job-hunter-llm',
      description: 'task queue for company finding and scoring',
    },
    scrapingTaskQueue: {
      name: 'JH_TEMPORAL_SCRAPING_TASK_QUEUE',
      type: name(),
      default: 'job-hunter-scraping',
      description: 'task queue for job-board fetching',
    },
    tlsCertPath: {
      name: 'JH_TEMPORAL_TLS_CERT_PATH',
      type: readableFile,
      description: 'mTLS client certificate file (set together with JH_TEMPORAL_TLS_KEY_PATH)',
    },
    tlsKeyPath: {
      name: 'JH_TEMPORAL_TLS_KEY_PATH',
      type: readableFile,
      description: 'mTLS client private key file (set together with JH_TEMPORAL_TLS_CERT_PATH)',
    },
    tlsCaPath: { name: 'JH_TEMPORAL_TLS_CA_PATH', type: readableFile, description: 'server CA certificate file' },
    tlsServerName: { name: 'JH_TEMPORAL_TLS_SERVER_NAME', type: hostname, description: 'TLS server name override' },
    apiKey: {
      name: 'JH_TEMPORAL_API_KEY',
      type: token,
      secret: 'value',
      description: 'API-key auth (Temporal Cloud); turns TLS on',
    },
    workflowTimeoutSeconds: {
      name: 'JH_TEMPORAL_WORKFLOW_TIMEOUT_SECONDS',
      type: wholeNumber(1, undefined, 'whole number of seconds'),
      default: '1800',
      description: 'whole-workflow execution timeout in seconds',
    },
    fallback: {
      name: 'JH_TEMPORAL_FALLBACK',
      type: boolean,
      default: 'true',
      description: 'when Temporal is unreachable, run the checkpoint pipeline instead (false makes it an error)',
    },
    embeddedWorker: {
      name: 'JH_TEMPORAL_EMBEDDED_WORKER',
      type: boolean,
      default: 'false',
      description: 'start the Temporal workers inside the `run` process',
    },
  },
  llm: {
    anthropicApiKey: { name: 'JH_ANTHROPIC_API_KEY', type: token, secret: 'value', description: 'Claude access' },
    anthropicBaseUrl: {
      name: 'JH_ANTHROPIC_BASE_URL',
      type: httpUrl,
      description: 'another Anthropic-compatible endpoint (default: the SDK default)',
    },
    model: {
      name: 'JH_ANTHROPIC_MODEL',
      type: name('a model id without spaces, e.g. claude-haiku-4-5'),
      default: 'claude-haiku-4-5',
      description: 'Claude model id',
    },
    maxCostPerRunUsd: {
      name: 'JH_MAX_COST_PER_RUN_USD',
      type: dollars,
      default: '5',
      description: 'hard budget in US dollars for paid calls in one run',
    },
    topKSemantic: {
      name: 'JH_TOP_K_SEMANTIC',
      type: wholeNumber(1),
      default: '40',
      description: 'jobs kept by the cheap semantic pre-ranking before LLM scoring',
    },
    targetMatches: {
      name: 'JH_TARGET_MATCHES',
      type: wholeNumber(1),
      default: '10',
      description: 'good matches company discovery aims for before it stops',
    },
    minScore: {
      name: 'JH_MIN_SCORE',
      type: wholeNumber(0, 100),
      default: '60',
      description: 'score (0-100) a job needs to count as a match',
    },
    maxDiscoveryIterations: {
      name: 'JH_MAX_DISCOVERY_ITERATIONS',
      type: wholeNumber(1),
      default: '5',
      description: 'rounds of company discovery at most',
    },
  },
  database: {
    name: 'JH_DATABASE_URL',
    type: databaseUrl,
    default: 'sqlite:./data/job-hunter.db',
    secret: 'url-password',
    description:
      '`sqlite:PATH` (embedded), `sqlite::memory:` or `postgres://user:password@host:5432/db`; a password inside is masked',
  },
  scraping: {
    cacheTtlHours: {
      name: 'JH_SCRAPE_CACHE_TTL_HOURS',
      type: wholeNumber(1),
      default: '6',
      description: 'hours a cached job-board response is reused',
    },
    boardDeadlineMs: {
      name: 'JH_BOARD_DEADLINE_SECONDS',
      // At most 150: the Temporal scrape activity itself is given 3 minutes per company.
      type: converted(wholeNumber(1, 150, 'whole number of seconds'), (seconds) => seconds * 1000),
      default: '45',
      description:
        "seconds one company's board may take in all (every request and retry); past it the company fails with BOARD_DEADLINE and the run goes on (partial)",
    },
    userAgent: {
      name: 'JH_USER_AGENT',
      type: headerText,
      default: 'JobHunter/0.1 (+https://github.com/job-hunter/job-hunter)',
      description: 'User-Agent header sent to job boards',
    },
    snapshotLatencyMs: {
      name: 'JH_SNAPSHOT_LATENCY_MS',
      type: wholeNumber(0, 600_000, 'whole number of milliseconds'),
      default: '0',
      description: 'simulated network latency per replayed snapshot request, for demos and benchmarks',
    },
    allowLoopback: {
      name: 'JH_ALLOW_LOOPBACK',
      type: boolean,
      default: 'false',
      description: 'let the scraper reach loopback addresses (tests and local fakes only)',
    },
  },
  outputDir: {
    name: 'JH_OUTPUT_DIR',
    type: text('a directory path'),
    default: './output',
    description: 'where run folders go',
  },
  logLevel: {
    name: 'JH_LOG_LEVEL',
    type: oneOf(['debug', 'info', 'warn', 'error'] as const),
    default: 'info',
    description: '`debug`, `info`, `warn` or `error`',
  },
  smtp: {
    url: {
      name: 'JH_SMTP_URL',
      type: smtpUrl,
      secret: 'url-password',
      description:
        'digest email server, `smtp://user:password@host:587` or `smtps://…:465`; a password inside is masked',
    },
    from: {
      name: 'JH_EMAIL_FROM',
      type: email,
      description: 'sender of the digest email, `jobs@example.com` or `Job Hunter <jobs@example.com>`',
    },
  },
  api: {
    port: {
      name: 'JH_API_PORT',
      type: wholeNumber(1, 65535, 'port number'),
      default: '3000',
      description: 'HTTP API port',
    },
    host: {
      name: 'JH_API_HOST',
      type: hostname,
      default: '127.0.0.1',
      description: 'address the HTTP API listens on; any but a loopback address needs `JH_API_TOKEN`',
    },
    token: {
      name: 'JH_API_TOKEN',
      type: token,
      secret: 'value',
      description:
        'bearer token the HTTP API requires on every route but health, metrics, `/docs` and the web app files',
    },
    concurrentRuns: {
      name: 'JH_API_CONCURRENT_RUNS',
      type: wholeNumber(1, 16),
      default: '1',
      description: 'runs the API executes at once in its own process (checkpoint pipeline)',
    },
    queuedRuns: {
      name: 'JH_API_QUEUED_RUNS',
      type: wholeNumber(0, 1000),
      default: '20',
      description: 'runs the API keeps waiting beyond those; more are refused with 503 `QUEUE_FULL`',
    },
    snapshotDir: {
      name: 'JH_SNAPSHOT_DIR',
      type: readableDir,
      description: 'a job-board snapshot (contract section 4) every run the API starts replays instead of the network',
    },
    companiesFile: {
      name: 'JH_COMPANIES_FILE',
      type: readableFile,
      description: 'the companies file (contract section 3) an API run searches when its request uploads none',
    },
  },
  telemetry: {
    otlpEndpoint: {
      // The OpenTelemetry standard name, so collectors' usual setup works unchanged.
      name: 'OTEL_EXPORTER_OTLP_ENDPOINT',
      type: httpUrl,
      secret: 'url-password',
      description: 'OTLP/HTTP collector, e.g. `http://collector:4318` (spans go to `/v1/traces`); unset: tracing off',
    },
  },
} satisfies Section;

/** The settings in declaration order. */
export const ENV_VARIABLES: readonly Setting[] = settingValues(SETTINGS, {}).map(([setting]) => setting);

/** Pairs that are set both or neither, and why: loadConfig rejects one without the other. */
export const SET_TOGETHER: ReadonlyArray<{ pair: readonly [Setting, Setting]; why: string }> = [
  {
    pair: [SETTINGS.temporal.tlsCertPath, SETTINGS.temporal.tlsKeyPath],
    why: 'the mTLS client certificate and its private key go together',
  },
];
