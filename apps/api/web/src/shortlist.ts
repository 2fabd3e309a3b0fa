// The search/sort/filter script report.html inlines, served as /assets/shortlist-controls.js
// (libs/agents/src/aggregator/reports/shortlist-controls.browser.js, whose header is the data-sl-*
// contract). The results page renders to that contract and hands its root to the script.
import type { Job } from './types.js';

interface ShortlistControls {
  wire(root: Element): void;
  apply(root: Element): void;
}

function script(): ShortlistControls | undefined {
  return (globalThis as { jobHunterShortlist?: ShortlistControls }).jobHunterShortlist;
}

/** Wires a rendered root once (its controls then sort and filter its lists as they change). */
export function wireShortlist(root: Element): void {
  script()?.wire(root);
}

/** Sorts and filters again after the lists were redrawn. */
export function applyShortlist(root: Element): void {
  script()?.apply(root);
}

/**
 * A job's facets as the data-* attributes the script reads ("|" between a list's values); unknown ones
 * left out. Its age counts to the run's reference time, as its card's "posted 3 days ago" does.
 */
export function facetAttributes(job: Job): Record<string, string | number | null> {
  const f = job.facets;
  return {
    'data-sl-item': '',
    'data-new': job.isNew ? '' : null,
    'data-score': f?.score ?? job.score,
    'data-posted': f?.posted ?? null,
    'data-age': f?.age ?? null,
    'data-pay': f?.pay ?? null,
    'data-company': f?.company ?? job.company,
    'data-remote': f?.remote ?? job.remote,
    'data-place': f && f.places.length > 0 ? f.places.join('|') : null,
    'data-level': f?.level ?? null,
  };
}
