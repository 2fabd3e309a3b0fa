export * from './jobs-scraper.types';
export * from './jobs-scraper.agent';
export * from './jobs-scraper.module';
