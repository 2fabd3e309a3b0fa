import type { RunResult } from '@job-hunter/domain';

/** The human summary `run` prints on stdout when `--json` is not given. */
export function renderSummary(result: RunResult): string {
  const s = result.stats;
  const dropped = Object.entries(s.dropped)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ');
  const lines = [
    `Run ${result.runId}: ${result.status} (${result.orchestrator}, ${result.engine} engine)`,
    `Companies: ${s.companiesSucceeded}/${s.companiesAttempted} fetched · jobs: ${s.jobsScraped} scraped, ` +
      `${s.jobsAfterDedupe} after de-duplication, ${s.jobsScored} scored, ${s.jobsInOutput} in the shortlist`,
    dropped ? `Dropped: ${dropped}` : 'Dropped: none',
    ...(s.undatedKept ? [`Kept without a posting date: ${s.undatedKept} (recency unknown)`] : []),
    ...(s.goodMatches !== undefined && s.goodMatches < 10
      ? [`${s.goodMatches === 1 ? '1 good match' : `${s.goodMatches} good matches`} (scoring at least JH_MIN_SCORE)`]
      : []),
    `Cost: $${result.cost.estimatedCostUsd.toFixed(4)} (${result.cost.inputTokens} in / ${result.cost.outputTokens} out tokens)`,
  ];
  for (const w of result.warnings ?? []) lines.push(`Warning: ${w}`);
  for (const e of result.errors.slice(0, 10)) {
    lines.push(`Error [${e.stage}${e.company ? ` · ${e.company}` : ''}] ${e.code}: ${e.message}`);
  }
  lines.push('', 'Top matches:');
  for (const job of result.jobs.slice(0, 10)) {
    lines.push(`  ${String(job.rank).padStart(2)}. ${job.score}  ${job.title} — ${job.company} (${job.location})`);
    lines.push(`      ${job.applyUrl}`);
  }
  if (result.jobs.length === 0) lines.push('  (none: loosen the preferences or add companies)');
  const report = result.files?.html ?? result.files?.json;
  if (report) lines.push('', `Report: ${report}`);
  return lines.join('\n');
}
