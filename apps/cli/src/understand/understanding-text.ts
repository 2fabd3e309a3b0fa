import { readingText, resumeSummaryText, type Understanding } from '@job-hunter/domain';

/**
 * What the tool understood, as the plain lines a person checks at a glance (warnings are not
 * here: they go to stderr as warnings wherever this is shown).
 */
export function understandingLines(u: Understanding): string[] {
  const lines = [`What we understood: ${readingText(u.reading, u.filledFromResume)}`];
  if (u.resume) lines.push(`Resume: ${resumeSummaryText(u.resume) || 'nothing recognised'}`);
  lines.push(`Read by: ${u.readBy === 'rules+claude' ? 'the rules and Claude' : 'the rules'}`);
  for (const d of u.disagreements) {
    lines.push(
      `Claude and the rules read ${d.field} differently: rules ${JSON.stringify(d.rules)}, Claude ${JSON.stringify(d.claude)}`,
    );
  }
  return lines;
}
