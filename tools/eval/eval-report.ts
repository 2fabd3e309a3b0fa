import type { EvaluationReport } from './evaluate';

const f2 = (n: number): string => n.toFixed(2);

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The evaluation as text: the metrics table, each persona's top ten, then what missed its target. */
export function formatReport(report: EvaluationReport): string {
  const head = [
    'persona',
    'market',
    'candidates',
    'K',
    'P@10',
    'NDCG@10',
    'recall@10',
    'recall@20',
    'good recall',
    'top-20 depth',
    'violations',
    'filter leaks',
    'good dropped',
  ];
  const rows = report.personas.map((r) => [
    r.persona,
    r.market,
    String(r.candidates),
    String(r.k),
    f2(r.precisionAt10),
    f2(r.ndcgAt10),
    f2(r.recallAt10),
    f2(r.recallAt20),
    f2(r.goodRecall),
    String(r.depthOfTop20),
    String(r.violations.length),
    String(r.filterLeaks),
    String(r.relevantDropped),
  ]);
  const o = report.overall;
  rows.push([
    'overall (mean)',
    '',
    '',
    '',
    f2(o.precisionAt10),
    f2(o.ndcgAt10),
    f2(o.recallAt10),
    f2(o.recallAt20),
    f2(o.goodRecall),
    '',
    String(o.violations),
  ]);
  const lines = [table([head, ...rows]), ''];
  for (const r of report.personas) {
    lines.push(
      `${r.persona} (${r.market}) top 10${r.unlabelled ? `, ${r.unlabelled} shortlisted jobs unlabelled` : ''}:`,
    );
    for (const j of r.top10)
      lines.push(`  ${String(j.rank).padStart(2)}. [${j.grade}] ${j.score}  ${j.company} — ${j.title} (${j.location})`);
  }
  lines.push('');
  lines.push(
    report.failures.length
      ? `Targets missed:\n${report.failures.map((f) => `  - ${f}`).join('\n')}`
      : 'All targets met.',
  );
  return `${lines.join('\n')}\n`;
}
