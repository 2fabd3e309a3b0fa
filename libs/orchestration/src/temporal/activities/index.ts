export * from './activity-contract';
export * from './activities.factory';
export * from './activity-failure';
export * from './activity-heartbeat';
