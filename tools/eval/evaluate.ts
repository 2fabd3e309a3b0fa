// The matching evaluation: runs every persona through the real pipeline with the offline
// engine and checks the shortlist against hand-judged labels.
//   node -r ./tools/bench/register.cjs tools/eval/evaluate.ts [--json]
// Exit code 0 when every target is met, 1 when one is missed (the report says which).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { preShortlist } from '@job-hunter/domain';
import { countGraded, demoLabels, evalLabels, evalPersonas, type PersonaLabels } from './eval-labels';
import { mean, ndcgAt, precisionAt, recallOf, recallWithin } from './eval-metrics';
import { EvalPipeline, type PipelineOutcome } from './eval-pipeline';
import { formatReport } from './eval-report';

export const TARGETS = { precisionAt10: 0.8, shortlistRecall: 0.95, violations: 0 } as const;

const ROOT = path.resolve(__dirname, '../..');

export interface Violation {
  title: string;
  company: string;
  rank: number;
  reason: string;
}

export interface PersonaReport {
  persona: string;
  market: string;
  /** Jobs that passed the hard filters (what a scorer would be given). */
  candidates: number;
  k: number;
  precisionAt10: number;
  ndcgAt10: number;
  /** Share of the offline engine's top 10 / top 20 that the top-k pre-shortlist keeps. */
  recallAt10: number;
  recallAt20: number;
  /**
   * Share of the candidates the labels grade good (2–3) that the pre-shortlist keeps (out of at
   * most K): what a perfect paid scorer would rank high must reach it.
   */
  goodRecall: number;
  violations: Violation[];
  /** Jobs that passed the hard filters although the labels rule them out (shortlisted or not). */
  filterLeaks: number;
  /** Jobs graded 2 or 3 that the hard filters dropped. */
  relevantDropped: number;
  /** The pre-shortlist rank of the offline top 20's least similar job: how much room K leaves. */
  depthOfTop20: number;
  /** Shortlisted jobs the labels do not know (a labelling gap, counted as grade 0). */
  unlabelled: number;
  top10: Array<{ rank: number; score: number; grade: number; title: string; company: string; location: string }>;
}

export interface EvaluationReport {
  personas: PersonaReport[];
  overall: {
    precisionAt10: number;
    ndcgAt10: number;
    recallAt10: number;
    recallAt20: number;
    goodRecall: number;
    violations: number;
  };
  /** Every missed target, in words; empty when all are met. */
  failures: string[];
}

interface Cut {
  k: number;
}

function measure(
  persona: string,
  market: string,
  out: PipelineOutcome,
  labels: PersonaLabels,
  cut: Cut,
): PersonaReport {
  const { k } = cut;
  const jobs = out.result.jobs;
  const grades = jobs.map((j) => labels.grade(j));
  const graded = grades.map((g) => g ?? 0);
  const pre = preShortlist(out.candidates, out.profile, out.prefs, k, new Date(out.now));
  const kept = new Set(pre.top.map((j) => j.id));
  const offlineTop = (n: number): string[] => out.scored.slice(0, n).map((s) => s.job.id);
  const order = [...pre.top, ...pre.rest].map((j) => j.id);
  const candidates = out.candidates.map((j) => ({ id: j.id, applyUrl: j.url, company: j.company, title: j.title }));
  const good = candidates.filter((j) => (labels.grade(j) ?? 0) >= 2);
  return {
    persona,
    market,
    candidates: out.candidates.length,
    k,
    precisionAt10: precisionAt(graded, 10),
    ndcgAt10: ndcgAt(graded, labels.all, 10),
    recallAt10: recallOf(offlineTop(10), kept),
    recallAt20: recallOf(offlineTop(20), kept),
    goodRecall: recallWithin(
      good.map((j) => j.id),
      kept,
      k,
    ),
    violations: jobs.flatMap((j) => {
      const reason = labels.ruledOut(j);
      return reason ? [{ title: j.title, company: j.company, rank: j.rank, reason }] : [];
    }),
    filterLeaks: candidates.filter((j) => labels.ruledOut(j) !== null).length,
    relevantDropped: labels.all.filter((g) => g >= 2).length - countGraded(labels, candidates, 2),
    depthOfTop20: Math.max(0, ...offlineTop(20).map((id) => order.indexOf(id) + 1)),
    unlabelled: grades.filter((g) => g === undefined).length,
    top10: jobs.slice(0, 10).map((j, i) => ({
      rank: j.rank,
      score: j.score,
      grade: graded[i] ?? 0,
      title: j.title,
      company: j.company,
      location: j.location,
    })),
  };
}

function failuresOf(reports: readonly PersonaReport[]): string[] {
  const out: string[] = [];
  for (const r of reports) {
    const who = `${r.persona} (${r.market})`;
    if (r.precisionAt10 < TARGETS.precisionAt10)
      out.push(`${who}: precision@10 ${r.precisionAt10.toFixed(2)} < ${TARGETS.precisionAt10}`);
    for (const [name, value] of [
      ['recall of the offline top 10', r.recallAt10],
      ['recall of the offline top 20', r.recallAt20],
      ['recall of the jobs labelled good', r.goodRecall],
    ] as const) {
      if (value < TARGETS.shortlistRecall)
        out.push(`${who}: pre-shortlist ${name} ${value.toFixed(2)} < ${TARGETS.shortlistRecall}`);
    }
    for (const v of r.violations)
      out.push(`${who}: #${v.rank} ${v.company} "${v.title}" should have been ruled out (${v.reason})`);
  }
  return out;
}

/** Runs the whole evaluation: every persona of data/eval on the evaluation market, and the demo persona on the demo market. */
export async function evaluate(root = ROOT): Promise<EvaluationReport> {
  const evalDir = path.join(root, 'data/eval');
  const demoDir = path.join(root, 'data/demo');
  const recorded = (dir: string): string =>
    (JSON.parse(fs.readFileSync(path.join(dir, 'market.json'), 'utf8')) as { recordedAt: string }).recordedAt;
  const pipeline = await EvalPipeline.open();
  const cut: Cut = { k: pipeline.config.llm.topKSemantic };
  const reports: PersonaReport[] = [];
  try {
    const market = path.join(evalDir, 'market');
    for (const p of evalPersonas(evalDir)) {
      const out = await pipeline.run({
        runId: `eval-${p.id}`,
        resume: path.join(root, p.resume),
        preferences: path.join(root, p.preferences),
        companies: path.join(market, 'companies.yaml'),
        snapshot: path.join(market, 'snapshot'),
        now: recorded(market),
      });
      reports.push(measure(p.id, 'eval', out, evalLabels(evalDir, p.id), cut));
    }
    const demo = await pipeline.run({
      runId: 'eval-demo',
      resume: path.join(demoDir, 'resume.pdf'),
      preferences: path.join(demoDir, 'preferences.txt'),
      companies: path.join(demoDir, 'companies.yaml'),
      snapshot: path.join(demoDir, 'snapshot'),
      now: recorded(demoDir),
    });
    reports.push(measure('ananya-bengaluru-backend', 'demo', demo, demoLabels(demoDir), cut));
  } finally {
    await pipeline.close();
  }
  return {
    personas: reports,
    overall: {
      precisionAt10: mean(reports.map((r) => r.precisionAt10)),
      ndcgAt10: mean(reports.map((r) => r.ndcgAt10)),
      recallAt10: mean(reports.map((r) => r.recallAt10)),
      recallAt20: mean(reports.map((r) => r.recallAt20)),
      goodRecall: mean(reports.map((r) => r.goodRecall)),
      violations: reports.reduce((n, r) => n + r.violations.length, 0),
    },
    failures: failuresOf(reports),
  };
}

async function main(): Promise<void> {
  const report = await evaluate();
  process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  process.exitCode = report.failures.length ? 1 : 0;
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`evaluate: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  });
}
