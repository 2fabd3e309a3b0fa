/**
 * Cost benchmark: the demo market replicated to N companies, read from its snapshot, parsed and
 * hard-filtered as a run does, then scored by the Anthropic engine through the real SDK against
 * the fake Anthropic server (which bills tokens from text length and caches prompt prefixes as
 * the API does, with the model's minimum cacheable length), with the database response cache.
 * Once at a Haiku-class and once at a Sonnet-class model; each time an immediate re-run follows.
 * Prints calls, tokens and dollars. It is not a test.
 *
 *   node -r ./tools/bench/register.cjs tools/bench/cost-bench.ts [--companies 50] [--latency 0]
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { Module } from '@nestjs/common';
import {
  JobProcessorAgent,
  JobProcessorModule,
  JobsScorerAgent,
  JobsScorerModule,
  JobsScraperAgent,
  JobsScraperModule,
  PrefsParserAgent,
  PrefsParserModule,
  ResumeParserAgent,
  ResumeParserModule,
  loadCompaniesFile,
} from '@job-hunter/agents';
import { AppConfigModule, loadConfig } from '@job-hunter/config';
import type { CandidateProfile, CostSummary, NormalisedJob, SearchPreferences } from '@job-hunter/domain';
import { PersistenceModule } from '@job-hunter/persistence';
import { DEMO_DIR, FakeAnthropicServer, type FakeMessagesCall } from '@job-hunter/testing';
import { answerPrompt, plausibleEntry } from '../../libs/llm/src/anthropic/scoring-model.fixtures';
import { replicateDemoMarket } from './replicated-demo-market';

const { values: args } = parseArgs({
  options: {
    companies: { type: 'string', default: '50' },
    latency: { type: 'string', default: '0' },
  },
});

/** Each class at its model's minimum cacheable prefix (a shorter prefix is silently not cached). */
const CLASSES = [
  { label: 'Haiku-class', model: 'claude-haiku-4-5', minCacheableTokens: 4096, targetUsd: 0.15 },
  { label: 'Sonnet-class', model: 'claude-sonnet-4-6', minCacheableTokens: 1024, targetUsd: undefined },
] as const;
const RERUN_TARGET_USD = 0.01;

/** A stand-in model: valid answers of realistic length, a score that varies by posting. */
function benchModel(call: FakeMessagesCall) {
  const score = (text: string): number => 40 + ([...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 56);
  return { toolInput: answerPrompt(call.userText, (p) => plausibleEntry(p, score(p.text))) };
}

interface Inputs {
  profile: CandidateProfile;
  prefs: SearchPreferences;
  jobs: NormalisedJob[];
  scraped: number;
}

function modulesFor(config: ReturnType<typeof loadConfig>) {
  @Module({
    imports: [
      AppConfigModule.forRoot(config),
      PersistenceModule.forRoot(),
      ResumeParserModule,
      PrefsParserModule,
      JobsScraperModule,
      JobProcessorModule,
      JobsScorerModule,
    ],
  })
  class CostBenchModule {}
  return CostBenchModule;
}

async function prepare(
  app: INestApplicationContext,
  companiesPath: string,
  snapshotDir: string,
  now: Date,
): Promise<Inputs> {
  const profile = await app.get(ResumeParserAgent).parse(path.join(DEMO_DIR, 'resume.pdf'), now);
  const prefs = await app.get(PrefsParserAgent).parse({ file: path.join(DEMO_DIR, 'preferences.txt') }, profile);
  const companies = loadCompaniesFile(companiesPath);
  const results = await app.get(JobsScraperAgent).scrapeAll(companies, { snapshotDir, forceRescrape: false });
  const raw = results.flatMap((r) => r.jobs);
  const industriesByCompany = Object.fromEntries(companies.map((c) => [c.name, c.industries ?? []]));
  const processed = app.get(JobProcessorAgent).process(raw, prefs, now, { industriesByCompany });
  return { profile, prefs, jobs: processed.jobs, scraped: raw.length };
}

const usd = (n: number): string => `$${n.toFixed(4)}`;
const int = (n: number | undefined): string => (n ?? 0).toLocaleString('en-US');

function line(label: string, calls: number, cost: CostSummary): string {
  return (
    `  ${label.padEnd(7)} ${String(calls).padStart(3)} LLM calls; tokens: input ${int(cost.inputTokens)}, ` +
    `output ${int(cost.outputTokens)}, cache write ${int(cost.cacheWriteTokens)}, ` +
    `cache read ${int(cost.cacheReadTokens)}; ${usd(cost.estimatedCostUsd)}`
  );
}

async function benchClass(
  cls: (typeof CLASSES)[number],
  market: { companiesPath: string; snapshotDir: string },
  dir: string,
  now: Date,
): Promise<boolean> {
  const server = await new FakeAnthropicServer({
    responder: benchModel,
    latencyMs: Number(args.latency),
    minCacheableTokens: cls.minCacheableTokens,
  }).start();
  const config = loadConfig({
    JH_ANTHROPIC_API_KEY: 'sk-ant-bench',
    JH_ANTHROPIC_BASE_URL: server.url,
    JH_ANTHROPIC_MODEL: cls.model,
    JH_DATABASE_URL: `sqlite:${path.join(dir, `${cls.model}.db`)}`,
    JH_OUTPUT_DIR: path.join(dir, 'output'),
  });
  // Each run in its own Nest context on the same database file, as two CLI runs would be.
  const run = async () => {
    const app = await NestFactory.createApplicationContext(modulesFor(config), { logger: ['error'] });
    try {
      const inputs = await prepare(app, market.companiesPath, market.snapshotDir, now);
      const before = server.messageRequests.length;
      const r = await app
        .get(JobsScorerAgent)
        .score(inputs.jobs, inputs.profile, inputs.prefs, { engine: 'anthropic', now });
      const byClaude = r.scored.filter((s) => s.engine === 'anthropic').length;
      return { r, inputs, calls: server.messageRequests.length - before, byClaude };
    } finally {
      await app.close();
    }
  };
  try {
    const first = await run();
    const again = await run();
    const ok =
      first.r.engine === 'anthropic' &&
      first.r.errors.length === 0 &&
      (cls.targetUsd === undefined || first.r.cost.estimatedCostUsd <= cls.targetUsd) &&
      again.calls === 0 &&
      again.r.cost.estimatedCostUsd <= RERUN_TARGET_USD;
    const lines = [
      `${cls.label} (${cls.model}, prefixes under ${cls.minCacheableTokens} tokens are not cached):`,
      `  jobs: ${first.inputs.scraped} scraped, ${first.inputs.jobs.length} after the hard filters, ` +
        `${first.byClaude} scored by Claude (the pre-shortlist), the rest offline`,
      line('run', first.calls, first.r.cost),
      line('re-run', again.calls, again.r.cost),
      `  targets: run ${cls.targetUsd === undefined ? '(none)' : `≤ ${usd(cls.targetUsd)}`}, ` +
        `re-run ≤ ${usd(RERUN_TARGET_USD)} → ${ok ? 'met' : 'MISSED'}` +
        (first.r.errors.length > 0
          ? ` (${first.r.errors.length} errors: ${first.r.errors[0]?.code} ${first.r.errors[0]?.message})`
          : ''),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return ok;
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-cost-bench-'));
  try {
    const companies = Number(args.companies);
    const market = replicateDemoMarket(companies, dir);
    const recordedAt = (
      JSON.parse(fs.readFileSync(path.join(DEMO_DIR, 'market.json'), 'utf8')) as { recordedAt: string }
    ).recordedAt;
    process.stdout.write(`cost benchmark: the demo market replicated to ${companies} companies\n`);
    let ok = true;
    for (const cls of CLASSES) ok = (await benchClass(cls, market, dir, new Date(recordedAt))) && ok;
    if (!ok) process.exitCode = 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`cost-bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
