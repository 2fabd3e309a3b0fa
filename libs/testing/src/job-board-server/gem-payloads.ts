// Gem's public Job Board API answers (GET https://api.gem.com/job_board/v0/{board}/job_posts/), in the
// shape of cited public payload excerpts: a bare array, string ids, real HTML in `content`,
// `first_published_at`, `location_type` (remote | hybrid | in_office), offices with a location object.
import { BASE, DAY } from './board-payloads';

export const GEM_API_HOST = 'api.gem.com';
export const gemApiPath = (board: string): string => `/job_board/v0/${board}/job_posts/`;

const LOCATION_TYPES = ['in_office', 'remote', 'hybrid'] as const;

/** Post `i`: ids look like Gem's base64 ones; every third post is in office, remote, hybrid in turn. */
export function gemJobPost(i: number, board = 'acme'): Record<string, unknown> {
  const id = `am9icG9zdDp${String(i).padStart(8, '0')}`;
  const type = LOCATION_TYPES[i % LOCATION_TYPES.length];
  return {
    id,
    title: `Platform Engineer ${i}`,
    absolute_url: `https://jobs.gem.com/${board}/${id}`,
    content: '<p>Run <strong>Kubernetes</strong> &amp; Go services.</p>',
    content_plain: 'Run Kubernetes & Go services.',
    first_published_at: new Date(BASE + i * DAY).toISOString(),
    updated_at: new Date(BASE + (i + 1) * DAY).toISOString(),
    created_at: new Date(BASE + i * DAY - DAY).toISOString(),
    location_type: type,
    employment_type: 'full_time',
    requisition_id: `R${100 + i}`,
    location: { name: type === 'remote' ? 'United States' : 'San Francisco, United States' },
    offices:
      type === 'remote'
        ? []
        : [
            { name: 'San Francisco, CA', location: { name: 'San Francisco, United States' } },
            { name: 'Bengaluru', location: { name: 'Bengaluru, India' } },
          ],
    departments: [{ id: 'ZGVwYXJ0bWVudDox', name: 'Engineering' }],
  };
}

export function gemBoard(count: number, board = 'acme'): unknown[] {
  return Array.from({ length: count }, (_, i) => gemJobPost(i, board));
}
