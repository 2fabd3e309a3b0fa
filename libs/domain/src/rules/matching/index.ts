export {
  normaliseJob,
  readJob,
  readJobHead,
  withSkills,
  isInvalidJob,
  type InvalidJob,
  type JobHead,
} from './normalise-job';
export { dedupeKey, exactKey, dedupeJobs } from './dedupe';
export { jobKey, rawJobKey, urlJobKey } from './job-key';
export { convertCurrency, annualRange, annualRangeIn, FX_SLACK } from './fx';
export { fxRatesProblems, FX_RATES_RELATIVE_PATH, type FxRatesFile, type FxRateSet } from './fx-rates';
export { industrySignals, industryListMatches, jobTextShowsIndustry } from './industry-signals';
export { noSponsorshipPhrase } from './visa';
export { employmentTypeKey, employmentTypeFromText, jobEmploymentType } from './employment-type';
export { locationFit, personScopes, type LocationFitKind, type LocationVerdict } from './location-fit';
export {
  DROP_REASONS,
  type DropReason,
  type HardFilterResult,
  filterJob,
  headDropReason,
  titleDropReason,
  type HeadFields,
  type TitleFields,
  applyHardFilters,
  emptyDropCounts,
} from './hard-filters';
export { splitSections } from './score-skills';
export { titleSimilarity } from './score-title';
export { scoreJobOffline, SCORE_WEIGHTS } from './score-offline';
export { preShortlist, type PreShortlist } from './shortlist';
export { singularWord, occupationWords, titleSegments } from './occupation-words';
export { OccupationCatalog, buildOccupationCatalog, type Occupation, type OccupationData } from './occupation-catalog';
export { matchOccupation, type OccupationMatch } from './occupation-matcher';
export { buildRoleGate, roleGateFor, rolesToJudge, type RoleGate, type RoleVerdict } from './role-gate';
