import { escapeHtml as esc, type RunResult } from '@job-hunter/domain';
import { linkOrText } from './job-card.renderer';

/**
 * The "Gone since the last run" section of a saved search's report: the jobs its previous run
 * shortlisted that this run's shortlist does not hold, each linked to its page; '' when none.
 */
export function goneSection(result: Pick<RunResult, 'disappeared'>): string {
  const gone = result.disappeared ?? [];
  if (!gone.length) return '';
  const items = gone.map(
    (d) => `<li>${linkOrText(d.applyUrl, d.title)} <span class="muted">· ${esc(d.company)}</span></li>`,
  );
  return `<section class="gone">
<h3>Gone since the last run</h3>
<ul>${items.join('')}</ul>
</section>`;
}
