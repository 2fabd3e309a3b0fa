/** One row of the settings table: the single source for defaults, secrecy, .env.example and the README. */
export interface EnvVariableDoc {
  name: string;
  /** The default as it would be written in the environment; null = unset unless given. */
  default: string | null;
  /** The whole value is a secret: it is never shown in messages, logs or `describeConfig`. */
  secret: boolean;
  description: string;
}

export const ENV_VARIABLES: EnvVariableDoc[] = [
  { name: 'JH_ORCHESTRATOR', default: 'checkpoint', secret: false, description: '`checkpoint` or `temporal`' },
  {
    name: 'JH_TEMPORAL_ADDRESS',
    default: 'localhost:7233',
    secret: false,
    description: 'host:port of any Temporal frontend, self-hosted or Temporal Cloud',
  },
  { name: 'JH_TEMPORAL_NAMESPACE', default: 'default', secret: false, description: 'Temporal namespace' },
  {
    name: 'JH_TEMPORAL_TASK_QUEUE',
    default: 'job-hunter-default',
    secret: false,
    description: 'task queue for parse, aggregate and notify',
  },
  {
    name: 'JH_TEMPORAL_LLM_TASK_QUEUE',
    default: 'job-hunter-llm',
    secret: false,
    description: 'task queue for company finding and scoring',
  },
  {
    name: 'JH_TEMPORAL_SCRAPING_TASK_QUEUE',
    default: 'job-hunter-scraping',
    secret: false,
    description: 'task queue for job-board fetching',
  },
  {
    name: 'JH_TEMPORAL_TLS_CERT_PATH',
    default: null,
    secret: false,
    description: 'mTLS client certificate file (set together with JH_TEMPORAL_TLS_KEY_PATH)',
  },
  {
    name: 'JH_TEMPORAL_TLS_KEY_PATH',
    default: null,
    secret: false,
    description: 'mTLS client private key file (set together with JH_TEMPORAL_TLS_CERT_PATH)',
  },
  { name: 'JH_TEMPORAL_TLS_CA_PATH', default: null, secret: false, description: 'server CA certificate file' },
  { name: 'JH_TEMPORAL_TLS_SERVER_NAME', default: null, secret: false, description: 'TLS server name override' },
  {
    name: 'JH_TEMPORAL_API_KEY',
    default: null,
    secret: true,
    description: 'API-key auth (Temporal Cloud); turns TLS on',
  },
  {
    name: 'JH_TEMPORAL_WORKFLOW_TIMEOUT_SECONDS',
    default: '1800',
    secret: false,
    description: 'whole-workflow execution timeout in seconds',
  },
  {
    name: 'JH_TEMPORAL_FALLBACK',
    default: 'true',
    secret: false,
    description: 'when Temporal is unreachable, run the checkpoint pipeline instead (false makes it an error)',
  },
  {
    name: 'JH_TEMPORAL_EMBEDDED_WORKER',
    default: 'false',
    secret: false,
    description: 'start the Temporal workers inside the `run` process',
  },
  { name: 'JH_ANTHROPIC_API_KEY', default: null, secret: true, description: 'Claude access' },
  {
    name: 'JH_ANTHROPIC_BASE_URL',
    default: null,
    secret: false,
    description: 'another Anthropic-compatible endpoint (default: the SDK default)',
  },
  { name: 'JH_ANTHROPIC_MODEL', default: 'claude-haiku-4-5', secret: false, description: 'Claude model id' },
  {
    name: 'JH_MAX_COST_PER_RUN_USD',
    default: '5',
    secret: false,
    description: 'hard budget in US dollars for paid calls in one run',
  },
  {
    name: 'JH_TOP_K_SEMANTIC',
    default: '40',
    secret: false,
    description: 'jobs kept by the cheap semantic pre-ranking before LLM scoring',
  },
  {
    name: 'JH_TARGET_MATCHES',
    default: '10',
    secret: false,
    description: 'good matches company discovery aims for before it stops',
  },
  { name: 'JH_MIN_SCORE', default: '60', secret: false, description: 'score (0-100) a job needs to count as a match' },
  {
    name: 'JH_MAX_DISCOVERY_ITERATIONS',
    default: '5',
    secret: false,
    description: 'rounds of company discovery at most',
  },
  {
    name: 'JH_DATABASE_URL',
    default: 'sqlite:./data/job-hunter.db',
    secret: false,
    description:
      '`sqlite:PATH` (embedded), `sqlite::memory:` or `postgres://user:password@host:5432/db`; a password inside is masked',
  },
  {
    name: 'JH_SCRAPE_CACHE_TTL_HOURS',
    default: '6',
    secret: false,
    description: 'hours a cached job-board response is reused',
  },
  {
    name: 'JH_BOARD_DEADLINE_SECONDS',
    default: '45',
    secret: false,
    description:
      "seconds one company's board may take in all (every request and retry); past it the company fails with BOARD_DEADLINE and the run goes on",
  },
  {
    name: 'JH_USER_AGENT',
    default: 'JobHunter/0.1 (+https://github.com/job-hunter/job-hunter)',
    secret: false,
    description: 'User-Agent header sent to job boards',
  },
  {
    name: 'JH_SNAPSHOT_LATENCY_MS',
    default: '0',
    secret: false,
    description: 'simulated network latency per replayed snapshot request, for demos and benchmarks',
  },
  {
    name: 'JH_ALLOW_LOOPBACK',
    default: 'false',
    secret: false,
    description: 'let the scraper reach loopback addresses (tests and local fakes only)',
  },
  { name: 'JH_OUTPUT_DIR', default: './output', secret: false, description: 'where run folders go' },
  { name: 'JH_LOG_LEVEL', default: 'info', secret: false, description: '`debug`, `info`, `warn` or `error`' },
  {
    name: 'JH_SMTP_URL',
    default: null,
    secret: false,
    description: 'digest email server, `smtp://user:password@host:587` or `smtps://…:465`; a password inside is masked',
  },
  {
    name: 'JH_EMAIL_FROM',
    default: null,
    secret: false,
    description: 'sender of the digest email, `jobs@example.com` or `Job Hunter <jobs@example.com>`',
  },
  { name: 'JH_API_PORT', default: '3000', secret: false, description: 'HTTP API port' },
  {
    name: 'JH_API_TOKEN',
    default: null,
    secret: true,
    description: 'bearer token the HTTP API requires on every non-health endpoint',
  },
];

/** Variables whose value is a URL that may carry a password; only the password is masked. */
export const URL_WITH_PASSWORD_VARIABLES: readonly string[] = ['JH_DATABASE_URL', 'JH_SMTP_URL'];

export const SECRET_VARIABLES: readonly string[] = ENV_VARIABLES.filter((v) => v.secret).map((v) => v.name);
