import { escapeHtml as esc, type ResultJob, type RunResult } from '@job-hunter/domain';

/** Below this many good matches the report says how many there are before listing near misses. */
export const FEW_MATCHES = 10;

/**
 * The "Near misses" section after the shortlist: the best jobs that scored below JH_MIN_SCORE,
 * shown apart so a short shortlist stays honest and the person can still judge the threshold.
 * `card` is the shortlist's own job card, so both lists read the same.
 */
export function nearMissesSection(result: RunResult, card: (job: ResultJob) => string): string {
  const near = result.nearMisses ?? [];
  if (!near.length) return '';
  const good = result.stats.goodMatches ?? result.jobs.length;
  const few =
    good < FEW_MATCHES
      ? `<p>${esc(good === 1 ? '1 good match' : `${good} good matches`)} this time. These jobs came close:</p>`
      : '';
  return `<section class="near-misses">
<h3>Near misses</h3>
${few}<p class="muted">They scored below the score a match needs (JH_MIN_SCORE), so they are not in the shortlist above.</p>
<ol class="jobs" data-sl-list>${near.map(card).join('\n')}</ol>
</section>`;
}
