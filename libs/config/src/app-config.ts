import type { OrchestratorKind } from '@job-hunter/domain';

/** Typed, validated settings. Built once from the environment by `loadConfig`. */
export interface TemporalConfig {
  /** host:port of any Temporal frontend. */
  address: string;
  namespace: string;
  taskQueue: string;
  llmTaskQueue: string;
  scrapingTaskQueue: string;
  tlsCertPath?: string;
  tlsKeyPath?: string;
  tlsCaPath?: string;
  tlsServerName?: string;
  /** Secret. */
  apiKey?: string;
  workflowTimeoutSeconds: number;
  fallback: boolean;
  /** Start the workers inside the `run` process. */
  embeddedWorker: boolean;
}

export interface LlmConfig {
  /** Secret. */
  anthropicApiKey?: string;
  anthropicBaseUrl?: string;
  model: string;
  maxCostPerRunUsd: number;
  topKSemantic: number;
  targetMatches: number;
  minScore: number;
  maxDiscoveryIterations: number;
}

export interface DatabaseConfig {
  /** 'sqlite' with a file path, or 'postgres' with a URL. */
  type: 'sqlite' | 'postgres';
  /** sqlite: file path; postgres: the URL (may hold a password: never log it). */
  url: string;
  sqlitePath?: string;
}

export interface ScrapingConfig {
  cacheTtlHours: number;
  /** All requests and retries for one company's board share this budget, so one hanging board cannot hold a run. */
  boardDeadlineMs: number;
  userAgent: string;
  /** Allow requests to loopback addresses (tests and local fakes only). */
  allowLoopback: boolean;
  /** Simulated latency per replayed snapshot request (demos, benchmarks, tests). */
  snapshotLatencyMs: number;
}

export interface SmtpConfig {
  /** Secret (may hold a password). */
  url?: string;
  from?: string;
}

export interface ApiConfig {
  port: number;
  /** Secret. */
  token?: string;
}

export interface AppConfig {
  orchestrator: OrchestratorKind;
  outputDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  temporal: TemporalConfig;
  llm: LlmConfig;
  database: DatabaseConfig;
  scraping: ScrapingConfig;
  smtp: SmtpConfig;
  api: ApiConfig;
}

/** Nest injection token for AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
