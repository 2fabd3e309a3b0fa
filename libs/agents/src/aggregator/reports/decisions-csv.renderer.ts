import type { JobDecision } from '@job-hunter/domain';
import { csvRow } from './csv-report.renderer';

export const DECISIONS_FILE_NAME = 'decisions.csv';

const COLUMNS: ReadonlyArray<{ header: string; value: (d: JobDecision) => string | number }> = [
  { header: 'Company', value: (d) => d.company },
  { header: 'Title', value: (d) => d.title },
  { header: 'Occupation', value: (d) => d.occupation },
  { header: 'Location', value: (d) => d.location },
  { header: 'Decision', value: (d) => d.decision },
  { header: 'Reason', value: (d) => d.reason },
  { header: 'Score', value: (d) => d.score ?? '' },
  { header: 'Apply URL', value: (d) => d.applyUrl },
];

/**
 * decisions.csv: every job the run saw, with what was decided and why, so "why didn't I see
 * job X?" has an answer. Cells go through the shortlist CSV's quoting and formula neutralising
 * (a board's title can start with "=").
 */
export function renderDecisionsCsv(decisions: readonly JobDecision[]): string {
  const lines = [csvRow(COLUMNS.map((c) => c.header))];
  for (const d of decisions) lines.push(csvRow(COLUMNS.map((c) => c.value(d))));
  return `${lines.join('\r\n')}\r\n`;
}
