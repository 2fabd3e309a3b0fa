import { escapeHtml as esc, type RunResult } from '@job-hunter/domain';

/** Milliseconds as a short reading: "850 ms", "4.2 s", "2 min 5 s". */
export function durationLabel(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** A small table of the time each step took, folded away; empty for runs stored before runs kept timings. */
export function timingsSection(result: Pick<RunResult, 'timings'>): string {
  const rows = Object.entries(result.timings ?? {});
  if (rows.length === 0) return '';
  const body = rows
    .map(([step, ms]) => `<tr><td>${esc(step)}</td><td class="num">${esc(durationLabel(ms))}</td></tr>`)
    .join('');
  return `<details class="timings"><summary>Time per step</summary><table><thead><tr><th>Step</th><th>Time</th></tr></thead><tbody>${body}</tbody></table></details>`;
}
