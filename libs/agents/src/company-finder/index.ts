export * from './company-finder.types';
export * from './company-finder.agent';
export * from './company-finder.module';
export { loadCompaniesFile, parseCompanies } from './companies-file.loader';
export { findRegistryPath } from './registry-path';
