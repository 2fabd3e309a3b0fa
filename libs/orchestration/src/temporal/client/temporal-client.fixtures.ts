import type { AppConfig, TemporalConfig } from '@job-hunter/config';

/** Test builders for the Temporal client: hand-built config sections, never the environment. */
export function temporalConfig(over: Partial<TemporalConfig> = {}): TemporalConfig {
  return {
    address: 'temporal.example.internal:7233',
    namespace: 'jobs',
    taskQueue: 'jh-default',
    llmTaskQueue: 'jh-llm',
    scrapingTaskQueue: 'jh-scraping',
    workflowTimeoutSeconds: 900,
    fallback: true,
    embeddedWorker: false,
    ...over,
  };
}

export function appConfig(temporal: Partial<TemporalConfig> = {}, over: Partial<AppConfig> = {}): AppConfig {
  return {
    orchestrator: 'temporal',
    outputDir: '/tmp/jh-unused',
    logLevel: 'error',
    temporal: temporalConfig(temporal),
    llm: {
      model: 'claude-test',
      maxCostPerRunUsd: 2.5,
      topKSemantic: 50,
      targetMatches: 50,
      minScore: 0,
      maxDiscoveryIterations: 1,
    },
    database: { type: 'sqlite', url: ':memory:' },
    scraping: {
      cacheTtlHours: 1,
      boardDeadlineMs: 45_000,
      userAgent: 'test',
      allowLoopback: true,
      snapshotLatencyMs: 0,
    },
    smtp: {},
    api: { port: 0, host: '127.0.0.1', concurrentRuns: 1, queuedRuns: 20 },
    telemetry: {},
    ...over,
  };
}
