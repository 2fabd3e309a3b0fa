export * from './resume-parser';
export * from './prefs-parser';
export * from './company-finder';
export * from './jobs-scraper';
export * from './job-processor';
export * from './jobs-scorer';
export * from './aggregator';
export * from './notifier';
