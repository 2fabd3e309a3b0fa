export * from './html-text';
export * from './skills';
