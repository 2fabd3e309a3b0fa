export * from './app-config';
export * from './app-config.module';
export * from './config-error';
export * from './env-variables';
export * from './load-config';
export * from './read-environment';
export * from './secrets';
export { isEmailAddress, isHostPort, isSmtpUrl } from './value-checks';
