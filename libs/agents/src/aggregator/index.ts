export * from './aggregator.module';
export * from './aggregator.agent';
export { REPORT_FILE_NAMES, serialiseResult } from './reports/report-columns';
export type { ReportContext } from './reports/html-report.renderer';
export { SHORTLIST_CONTROLS_FILE, scriptHashSource, shortlistControlsScript } from './reports/shortlist-controls';
export { jobFacets, type JobFacets } from './reports/job-facets';
