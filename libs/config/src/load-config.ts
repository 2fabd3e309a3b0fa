import { accessSync, constants, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { AppConfig } from './app-config';
import { ConfigError } from './config-error';
import { ENV_VARIABLES, SECRET_VARIABLES, URL_WITH_PASSWORD_VARIABLES } from './env-variables';
import { EnvironmentVariables } from './environment-variables';
import { maskUrlPasswords } from '@job-hunter/domain';
import { parseDatabaseUrl, urlPasswords } from './value-checks';

export type Environment = Record<string, string | undefined>;

export interface LoadConfigOptions {
  /** Base for relative paths (SQLite file, TLS files). Default: the working directory. */
  cwd?: string;
}

interface Problem {
  /** Variables the problem is about; the first decides where the line sorts. */
  names: string[];
  expected: string;
}

const KNOWN_NAMES = new Set(ENV_VARIABLES.map((v) => v.name));
const DEFAULTS: Environment = Object.fromEntries(
  ENV_VARIABLES.flatMap((v) => (v.default === null ? [] : [[v.name, v.default]])),
);

/** The settings this module knows, trimmed; empty and blank values count as unset. */
function givenValues(env: Environment): Environment {
  const given: Environment = {};
  for (const name of KNOWN_NAMES) {
    const value = env[name]?.trim();
    if (value) given[name] = value;
  }
  return given;
}

/** JH_ variables nobody reads: most likely typos, worth a warning. */
export function unknownVariables(env: Environment): string[] {
  return Object.keys(env)
    .filter((name) => name.startsWith('JH_') && !KNOWN_NAMES.has(name))
    .sort();
}

/** Validates every setting at once and builds the typed config; throws a ConfigError listing every problem. */
export function loadConfig(env: Environment, options: LoadConfigOptions = {}): AppConfig {
  const cwd = options.cwd ?? process.cwd();
  const given = givenValues(env);
  const vars = plainToInstance(EnvironmentVariables, { ...DEFAULTS, ...given });
  const problems: Problem[] = validateSync(vars, { stopAtFirstError: true }).map((error) => ({
    names: [error.property],
    expected: Object.values(error.constraints ?? {})[0] ?? 'invalid value',
  }));
  problems.push(...tlsProblems(vars, cwd));
  if (problems.length > 0) throw new ConfigError(problemLines(problems, given));
  return toAppConfig(vars, cwd);
}

function tlsProblems(vars: EnvironmentVariables, cwd: string): Problem[] {
  const problems: Problem[] = [];
  const cert = 'JH_TEMPORAL_TLS_CERT_PATH';
  const key = 'JH_TEMPORAL_TLS_KEY_PATH';
  if ((vars[cert] === undefined) !== (vars[key] === undefined)) {
    problems.push({
      names: [cert, key],
      expected: 'expected both or neither: the mTLS client certificate and its private key go together',
    });
  }
  for (const name of [cert, key, 'JH_TEMPORAL_TLS_CA_PATH'] as const) {
    const path = vars[name];
    const problem = path === undefined ? undefined : unreadableFileProblem(resolve(cwd, path));
    if (problem) problems.push({ names: [name], expected: problem });
  }
  return problems;
}

function unreadableFileProblem(path: string): string | undefined {
  try {
    if (!statSync(path).isFile()) return `expected a readable file, but ${path} is not a file`;
    accessSync(path, constants.R_OK);
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EACCES'
          ? 'cannot be read (permission denied)'
          : `cannot be read (${code ?? 'error'})`;
    return `expected a readable file, but ${path} ${reason}`;
  }
}

function problemLines(problems: Problem[], given: Environment): string[] {
  const order = (p: Problem): number => ENV_VARIABLES.findIndex((v) => v.name === p.names[0]);
  const secrets = givenSecrets(given);
  return [...problems]
    .sort((a, b) => order(a) - order(b))
    .map((p) => `${p.names.map((n) => shownValue(n, given[n])).join(' and ')}: ${p.expected}`)
    .map((line) => secrets.reduce((text, secret) => text.split(secret).join('***'), line));
}

function shownValue(name: string, value: string | undefined): string {
  if (value === undefined) return `${name} (unset)`;
  if (SECRET_VARIABLES.includes(name)) return `${name}=<hidden>`;
  const safe = URL_WITH_PASSWORD_VARIABLES.includes(name) ? maskUrlPasswords(value) : value;
  return `${name}=${JSON.stringify(safe)}`;
}

/** Secret values in the raw environment, longest first so a secret containing another is masked whole. */
function givenSecrets(given: Environment): string[] {
  const values = [
    ...SECRET_VARIABLES.map((name) => given[name]),
    ...URL_WITH_PASSWORD_VARIABLES.flatMap((name) => urlPasswords(given[name])),
  ];
  return values.filter((v): v is string => v !== undefined && v !== '').sort((a, b) => b.length - a.length);
}

function toAppConfig(vars: EnvironmentVariables, cwd: string): AppConfig {
  const database = parseDatabaseUrl(vars.JH_DATABASE_URL, cwd);
  // Validation above already rejected a bad URL; this only narrows the type.
  if (!database) throw new ConfigError(['JH_DATABASE_URL: expected sqlite:PATH or postgres://…']);
  const absolute = (path: string | undefined): string | undefined =>
    path === undefined ? undefined : resolve(cwd, path);
  return {
    orchestrator: vars.JH_ORCHESTRATOR,
    outputDir: vars.JH_OUTPUT_DIR,
    logLevel: vars.JH_LOG_LEVEL,
    temporal: {
      address: vars.JH_TEMPORAL_ADDRESS,
      namespace: vars.JH_TEMPORAL_NAMESPACE,
      taskQueue: vars.JH_TEMPORAL_TASK_QUEUE,
      llmTaskQueue: vars.JH_TEMPORAL_LLM_TASK_QUEUE,
      scrapingTaskQueue: vars.JH_TEMPORAL_SCRAPING_TASK_QUEUE,
      tlsCertPath: absolute(vars.JH_TEMPORAL_TLS_CERT_PATH),
      tlsKeyPath: absolute(vars.JH_TEMPORAL_TLS_KEY_PATH),
      tlsCaPath: absolute(vars.JH_TEMPORAL_TLS_CA_PATH),
      tlsServerName: vars.JH_TEMPORAL_TLS_SERVER_NAME,
      apiKey: vars.JH_TEMPORAL_API_KEY,
      workflowTimeoutSeconds: vars.JH_TEMPORAL_WORKFLOW_TIMEOUT_SECONDS,
      fallback: vars.JH_TEMPORAL_FALLBACK,
      embeddedWorker: vars.JH_TEMPORAL_EMBEDDED_WORKER,
    },
    llm: {
      anthropicApiKey: vars.JH_ANTHROPIC_API_KEY,
      anthropicBaseUrl: vars.JH_ANTHROPIC_BASE_URL,
      model: vars.JH_ANTHROPIC_MODEL,
      maxCostPerRunUsd: vars.JH_MAX_COST_PER_RUN_USD,
      topKSemantic: vars.JH_TOP_K_SEMANTIC,
      targetMatches: vars.JH_TARGET_MATCHES,
      minScore: vars.JH_MIN_SCORE,
      maxDiscoveryIterations: vars.JH_MAX_DISCOVERY_ITERATIONS,
    },
    database,
    scraping: {
      cacheTtlHours: vars.JH_SCRAPE_CACHE_TTL_HOURS,
      boardDeadlineMs: vars.JH_BOARD_DEADLINE_SECONDS * 1000,
      userAgent: vars.JH_USER_AGENT,
      allowLoopback: vars.JH_ALLOW_LOOPBACK,
      snapshotLatencyMs: vars.JH_SNAPSHOT_LATENCY_MS,
    },
    smtp: { url: vars.JH_SMTP_URL, from: vars.JH_EMAIL_FROM },
    api: { port: vars.JH_API_PORT, token: vars.JH_API_TOKEN },
  };
}
