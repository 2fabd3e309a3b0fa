export * from './html-text';
export * from './skills';
export * from './seniority';
export * from './location';
export * from './job-location';
export * from './salary-text';
