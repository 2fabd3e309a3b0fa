import { escapeHtml as esc, resultAsOf, type ResultJob, type RunResult, type Understanding } from '@job-hunter/domain';
import { controlsBar } from './controls-bar.renderer';
import { jobFacets } from './job-facets';
import { jobCard } from './job-card.renderer';
import { REPORT_CSS } from './html-report.styles';
import { readableDateTime } from './report-dates';
import { scriptHashSource, shortlistControlsScript } from './shortlist-controls';
import { droppedCounts, understoodSection } from './understood-section.renderer';
import { nearMissesSection } from './near-misses-section.renderer';
import { goneSection } from './gone-section.renderer';
import { durationLabel, timingsSection } from './timings-section.renderer';

export interface ReportContext {
  /** What the run understood (warnings, resume summary); the reading itself is on the result. */
  understanding?: Understanding;
}

function stat(label: string, value: number | string): string {
  return `<li><b>${esc(value)}</b>${esc(label)}</li>`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One line a phone can show above the jobs: status, count, when the run ended and how long it took. */
function headline(result: RunResult): string {
  const took = Date.parse(result.finishedAt) - Date.parse(result.startedAt);
  const parts = [
    `<span class="status status-${esc(result.status)}">${esc(result.status)}</span>`,
    esc(plural(result.jobs.length, 'job', 'jobs')),
    `<time datetime="${esc(result.finishedAt)}">${esc(readableDateTime(result.finishedAt) || result.finishedAt)}</time>${
      Number.isFinite(took) && took >= 0 ? ` (took ${esc(durationLabel(took))})` : ''
    }`,
    result.errors.length
      ? `<span class="errors-count">${esc(plural(result.errors.length, 'error', 'errors'))}</span>`
      : '',
  ];
  return `<p class="meta">${parts.filter(Boolean).join(' · ')}</p>`;
}

/** The reading, drop counts, figures, errors and timings: open on a wide screen, folded on a phone. */
function runDetails(result: RunResult, context: ReportContext): string {
  const { stats, cost } = result;
  const dropped = droppedCounts(result).reduce((n, [, count]) => n + count, 0);
  const errorsHtml = result.errors.length
    ? `<h3>Errors</h3><ul class="errors">${result.errors
        .map(
          (e) =>
            `<li>${esc(e.stage)}${e.company ? ` · ${esc(e.company)}` : ''}: ${esc(e.message)} <code>${esc(e.code)}</code></li>`,
        )
        .join('')}</ul>`
    : '';
  const warningsHtml = result.warnings?.length
    ? `<h3>Warnings</h3><ul class="warnings">${result.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>`
    : '';
  return `<details class="run-details" data-sl-open-wide>
<summary>What we understood, and what the filters dropped (${esc(dropped)})</summary>
${understoodSection(result, context.understanding)}
<ul class="stats">
  ${stat('companies searched', `${stats.companiesSucceeded} / ${stats.companiesAttempted}`)}
  ${stat('jobs found', stats.jobsScraped)}
  ${stat('after dedupe', stats.jobsAfterDedupe)}
  ${stat('scored', stats.jobsScored)}
  ${stat('in the shortlist', stats.jobsInOutput)}
  ${stat('kept without a date', stats.undatedKept ?? 0)}
  ${stat('estimated cost (USD)', cost.estimatedCostUsd.toFixed(2))}
</ul>
${errorsHtml}${warningsHtml}${timingsSection(result)}
<p class="meta">Run <code>${esc(result.runId)}</code> · engine ${esc(result.engine)} · ${esc(result.orchestrator)} · started ${esc(readableDateTime(result.startedAt) || result.startedAt)}</p>
</details>`;
}

/**
 * report.html: one self-contained file that opens anywhere, offline. Its only script is
 * shortlist-controls.browser.js (search, sort, filter), inlined and allowed by its hash alone; every job
 * text is escaped and reaches that script only as element text and data-* attributes.
 */
export function renderHtml(result: RunResult, context: ReportContext = {}): string {
  const now = resultAsOf(result);
  const card = (job: ResultJob): string => jobCard(job, now);
  const facets = [...result.jobs, ...(result.nearMisses ?? [])].map((job) => jobFacets(job, now));
  const jobs = result.jobs.length
    ? `<ol class="jobs" data-sl-list>${result.jobs.map(card).join('\n')}</ol>
<p class="muted" data-sl-empty hidden>No job matches the search and filters.</p>`
    : '<p class="muted">No job made the shortlist. The dropped counts above show what the filters removed.</p>';
  const script = shortlistControlsScript();
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src ${scriptHashSource(script)}; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>Job Hunter shortlist · ${esc(result.runId)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>Job Hunter shortlist</h1>
${headline(result)}
${runDetails(result, context)}
</header>
<main data-sl-root>
${controlsBar(facets)}
${jobs}
${nearMissesSection(result, card)}
${goneSection(result)}
</main>
<footer class="muted">Generated by Job Hunter · ${esc(readableDateTime(result.finishedAt) || result.finishedAt)}</footer>
<script>${script}</script>
</body>
</html>
`;
}
