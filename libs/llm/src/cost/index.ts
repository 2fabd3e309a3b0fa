export * from './pricing';
export * from './cost-ledger';
