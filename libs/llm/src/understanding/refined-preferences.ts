import {
  readingOf,
  type CostSummary,
  type JobHunterError,
  type Reading,
  type ReadingDisagreement,
  type SearchPreferences,
  type Understanding,
} from '@job-hunter/domain';
import { readingDisagreements } from './reading-compare';
import { mergeReading } from './reading-merge';

/**
 * What `refinePreferences` returns: the preferences the run uses and what the person is shown
 * about how they were read (`readBy`, `disagreements` and `warnings` go into the Understanding).
 */
export interface RefinedPreferences {
  prefs: SearchPreferences;
  /** Every call made for this reading, a repair and unusable answers included (0 from the cache). */
  cost: CostSummary;
  fromCache: boolean;
  /** 'rules+claude' when Claude's reading was valid and merged; 'rules' when it was not used. */
  readBy: Understanding['readBy'];
  /** Claude's own reading (checked and grounded) when it was used, before the merge. */
  claude?: Reading;
  /** Every field where Claude's reading and the rules' differ, whichever won it (see reading-merge). */
  disagreements: ReadingDisagreement[];
  /** Plain sentences for the person: a repair asked for, values dropped, why Claude's reading was not used. */
  warnings: string[];
  /** Set when Claude's reading was not used: the rules' preferences stand. */
  error?: JobHunterError;
}

export function withClaudeReading(
  rules: SearchPreferences,
  claude: Reading,
  cost: CostSummary,
  warnings: string[],
): RefinedPreferences {
  return {
    prefs: mergeReading(rules, claude),
    cost,
    fromCache: false,
    readBy: 'rules+claude',
    claude,
    disagreements: readingDisagreements(readingOf(rules), claude),
    warnings: [...warnings],
  };
}

/** Claude's reading was not used (failure, budget, empty text): the rules' stand, and the reason is kept. */
export function withRulesReading(rules: SearchPreferences, cost: CostSummary, warnings: string[]): RefinedPreferences {
  return { prefs: rules, cost, fromCache: false, readBy: 'rules', disagreements: [], warnings: [...warnings] };
}
