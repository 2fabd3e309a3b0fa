/** The eight steps of a job hunt, in order. Both orchestrators follow this list. */
export const STAGE_NAMES = [
  'parseResume',
  'parsePreferences',
  'findCompanies',
  'scrapeJobs',
  'processJobs',
  'scoreJobs',
  'aggregate',
  'notify',
] as const;

export type StageName = (typeof STAGE_NAMES)[number];

/** Task queue families: parse/aggregate/notify, LLM-bound work, job-board fetching. */
export type QueueKind = 'default' | 'llm' | 'scraping';

export function nextStage(done: readonly string[]): StageName | null {
  return STAGE_NAMES.find((s) => !done.includes(s)) ?? null;
}
