import type { ApplicationView } from '@job-hunter/orchestration';

/** The human view of `applications` (without --json). */
export function renderApplications(applications: readonly ApplicationView[], state: string): string {
  if (applications.length === 0)
    return `No jobs marked ${state}. Mark one with: job-hunter jobs mark RUN_ID RANK ${state}`;
  return applications.map(renderApplication).join('\n\n');
}

function renderApplication(a: ApplicationView): string {
  const lines = [`${a.at}  ${a.state}  ${a.title} at ${a.company}  [${boardText(a)}]`, `  ${a.applyUrl}`];
  if (a.note) lines.push(`  Note: ${a.note}`);
  return lines.join('\n');
}

function boardText({ board }: ApplicationView): string {
  const day = (iso: string | null): string => (iso ?? '').slice(0, 10);
  if (board.state === 'open') return `open: on its board at the last scrape, ${day(board.lastSeenAt)}`;
  if (board.state === 'gone')
    return `gone: last seen ${day(board.lastSeenAt)}, not listed on ${day(board.lastScrapedAt)}`;
  return 'unknown: no run has read its board since';
}
