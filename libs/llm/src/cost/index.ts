export * from './pricing';
export * from './cost-ledger';
export * from './call-estimate';
