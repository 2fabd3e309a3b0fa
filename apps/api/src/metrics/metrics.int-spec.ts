import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfigModule } from '@job-hunter/config';
import { CheckpointOrchestrator, OrchestratorModule, TracedOrchestrator } from '@job-hunter/orchestration';
import { PersistenceModule } from '@job-hunter/persistence';
import {
  DEMO_DIR,
  demoRunConfig,
  parsePrometheusText,
  sampleSum,
  sqliteTarget,
  testConfig,
  type Target,
} from '@job-hunter/testing';
import { createApi } from '../create-api';

/** A checkpoint run in this process, then Prometheus' view of it through the API's GET /metrics. */
describe('API /metrics after a run', () => {
  let target: Target;
  let pipeline: INestApplicationContext | undefined;
  let api: INestApplication | undefined;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-api-metrics-'));

  beforeAll(async () => (target = await sqliteTarget()));
  afterAll(async () => {
    await api?.close();
    await pipeline?.close();
    await target.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  async function scrape(base: string): Promise<ReturnType<typeof parsePrometheusText>> {
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
    return parsePrometheusText(await res.text());
  }

  it('counts the run by status, its stage durations and board errors by code', async () => {
    api = await createApi(testConfig(target.db, { JH_ORCHESTRATOR: 'checkpoint' }), { logger: false });
    await api.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}`;
    const before = await scrape(base);

    const moduleRef = await Test.createTestingModule({
      imports: [
        AppConfigModule.forRoot(testConfig(target.db)),
        PersistenceModule.forRoot(),
        OrchestratorModule.forRoot(),
      ],
    }).compile();
    pipeline = await moduleRef.init();
    // The demo market plus two companies whose boards fail in two ways.
    const companies = path.join(out, 'companies.yaml');
    fs.writeFileSync(
      companies,
      fs.readFileSync(path.join(DEMO_DIR, 'companies.yaml'), 'utf8') +
        '- name: Nowhere Board\n  careersUrl: https://careers.nowhere.example/jobs\n' +
        '- name: Gone Greenhouse\n  careersUrl: https://boards.greenhouse.io/not-in-the-snapshot\n',
    );
    const result = await new TracedOrchestrator(pipeline.get(CheckpointOrchestrator)).start(
      demoRunConfig('api-metrics', out, { companiesPath: companies }),
    );

    const after = await scrape(base);
    const delta = (name: string, labels: Record<string, string> = {}): number =>
      sampleSum(after, name, labels) - sampleSum(before, name, labels);
    expect(delta('job_hunter_runs_total', { orchestrator: 'checkpoint', status: result.status })).toBe(1);
    for (const stage of ['parseResume', 'scrapeJobs', 'processJobs', 'scoreJobs', 'aggregate', 'notify']) {
      expect(delta('job_hunter_stage_duration_seconds_count', { stage, outcome: 'ok' })).toBe(1);
    }
    expect(delta('job_hunter_stage_duration_seconds_sum', { stage: 'scrapeJobs' })).toBeGreaterThan(0);
    const codes = result.errors.filter((e) => e.stage === 'scrapeJobs').map((e) => e.code);
    expect(codes).toHaveLength(2);
    for (const code of new Set(codes)) {
      expect(delta('job_hunter_board_errors_total', { code })).toBe(codes.filter((c) => c === code).length);
    }
    // An offline run pays for nothing.
    expect(delta('job_hunter_llm_cost_usd_total')).toBe(0);
    expect(sampleSum(after, 'job_hunter_process_resident_memory_bytes')).toBeGreaterThan(0);
  }, 120_000);
});
